using Hfi.Contracts;
using Hfi.Planning.Domain;
using Hfi.Planning.Domain.Plans;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Messaging;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Planning.Events;

/// <summary>
/// The one place Planning's domain events become the integration events other services read; they are saved to the
/// outbox by the same save as the change.
/// </summary>
internal sealed class PlanningIntegrationEvents : DomainEventMap
{
    public override object? Translate(IDomainEvent domainEvent) =>
        domainEvent switch
        {
            ArenaCreatedDomainEvent e => new ArenaCreated
            {
                ArenaId = e.ArenaId,
                Name = e.Name,
                Kind = e.Kind.ToString(),
                RegionId = e.RegionId,
                CreatedAt = e.CreatedAt,
            },
            PlanApprovedDomainEvent e => new PlanApproved
            {
                Year = e.Year,
                ApprovalCase = e.ApprovalCase,
                PlanVersion = e.PlanVersion,
                MeetingCount = e.MeetingCount,
                ApprovedAt = e.ApprovedAt,
            },
            MeetingAnnouncedDomainEvent e => new MeetingScheduled
            {
                PlannedMeetingId = e.Meeting.Id,
                Year = e.Meeting.Year,
                ArenaId = e.Meeting.ArenaId,
                ArenaName = e.Meeting.ArenaName,
                RegionId = e.RegionId,
                Status = Status(e.Schedule.Status),
                Schedule = Schedule(e.Schedule),
                Topics = e.Topics,
                ScheduledAt = e.AnnouncedAt,
            },
            MeetingRescheduledDomainEvent e => new MeetingRescheduled
            {
                PlannedMeetingId = e.Meeting.Id,
                Year = e.Meeting.Year,
                ArenaId = e.Meeting.ArenaId,
                ArenaName = e.Meeting.ArenaName,
                Status = Status(e.Change.After.Status),
                Previous = Schedule(e.Change.Before),
                Current = Schedule(e.Change.After),
                Reason = e.Change.Reason,
                RescheduledAt = e.Change.ChangedAt,
            },
            MeetingCancelledDomainEvent e => new MeetingCancelled
            {
                PlannedMeetingId = e.Meeting.Id,
                Year = e.Meeting.Year,
                ArenaId = e.Meeting.ArenaId,
                ArenaName = e.Meeting.ArenaName,
                Schedule = Schedule(e.Change.Before),
                Reason = e.Change.Reason,
                CancelledAt = e.Change.ChangedAt,
            },
            _ => throw new ArgumentException(
                $"Planning has no integration event for {domainEvent.GetType().Name}.",
                nameof(domainEvent)
            ),
        };

    private static PlannedMeetingSchedule Schedule(MeetingSnapshot snapshot) =>
        new()
        {
            DateKind = snapshot.Date.Kind.ToString().ToLowerInvariant(),
            DateText = snapshot.Date.Text,
            FirstDate = snapshot.Date.First,
            LastDate = snapshot.Date.Last,
            IsExactDate = snapshot.Date.IsFixed,
            StartTime = snapshot.Time.Start is { } start ? NorwegianText.Time(start) : null,
            EndTime = snapshot.Time.End is { } end ? NorwegianText.Time(end) : null,
            DurationMinutes = snapshot.Time.DurationMinutes,
            Place = snapshot.Place,
            IsDigital = snapshot.PlaceKind == PlaceKind.Digital,
        };

    private static string Status(PlannedMeetingStatus status) => status.ToString().ToLowerInvariant();
}
