using System.Globalization;
using Hfi.Planning.Api;
using Hfi.Planning.Application;
using Hfi.Planning.Domain;
using Hfi.ServiceDefaults.Norwegian;
using DomainArena = Hfi.Planning.Domain.Arena;
using DomainChange = Hfi.Planning.Domain.Plans.MeetingChange;
using DomainConflict = Hfi.Planning.Domain.Plans.PlanConflict;
using DomainMeeting = Hfi.Planning.Domain.Plans.PlannedMeeting;
using DomainPlan = Hfi.Planning.Domain.Plans.AnnualPlan;
using DomainTopic = Hfi.Planning.Domain.Plans.PlannedTopic;

namespace Hfi.Planning.Grpc;

/// <summary>Domain plan types to their proto messages (enum numbers are kept equal on both sides).</summary>
internal static class PlanMessages
{
    public static PlannedMeeting ToMessage(DomainMeeting meeting) =>
        new()
        {
            PlannedMeetingId = meeting.Id.ToString(),
            ArenaId = meeting.ArenaId ?? string.Empty,
            RegionId = meeting.RegionId ?? string.Empty,
            Year = meeting.Year,
            DateText = meeting.Date.Text,
            FirstDate = IsoDate.Write(meeting.Date.First),
            LastDate = IsoDate.Write(meeting.Date.Last),
            IsExactDate = meeting.Date.IsFixed,
            StartTime = Clock(meeting.Time.Start),
            EndTime = Clock(meeting.Time.End),
            DurationMinutes = meeting.Time.DurationMinutes ?? 0,
            Place = meeting.Place ?? string.Empty,
            Status = (PlannedMeetingStatus)meeting.Status,
            Topics = { meeting.Topics.Select(t => t.Text) },
            ArenaName = meeting.ArenaText,
            RegionName = meeting.RegionText ?? string.Empty,
            Weekday = meeting.Weekday ?? string.Empty,
            DateKind = (DateKind)meeting.Date.Kind,
            Anchor = meeting.Date.Anchor ?? string.Empty,
            TimeText = meeting.Time.Text,
            PlaceKind = (PlaceKind)meeting.PlaceKind,
            PlannedTopics = { meeting.Topics.Select(ToMessage) },
        };

    /// <summary>
    /// The plan with its meetings grouped by arena in the organisation's order; unrecognised arenas last.
    /// </summary>
    public static Plan ToMessage(
        DomainPlan plan,
        IReadOnlyList<DomainArena> arenas,
        IReadOnlyList<DomainConflict> conflicts
    )
    {
        var order = arenas
            .OrderBy(a => a.Kind)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .Select((arena, index) => (arena.Id, index))
            .ToDictionary(x => x.Id, x => x.index);
        var groups = plan
            .Meetings.GroupBy(m => m.ArenaId ?? string.Empty)
            .OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue))
            .Select(g => new ArenaPlan
            {
                ArenaId = g.Key,
                ArenaName = arenas.FirstOrDefault(a => a.Id == g.Key)?.Name ?? string.Empty,
                Meetings =
                {
                    g.OrderBy(m => m.Date.First ?? DateOnly.MaxValue)
                        .ThenBy(m => m.Time.Start)
                        .ThenBy(m => m.SourceRow)
                        .Select(ToMessage),
                },
            });
        return new Plan
        {
            Year = plan.Year,
            Status = (PlanStatus)plan.Status,
            ApprovalCase = plan.ApprovalCase ?? string.Empty,
            ApprovedAt = Timestamp(plan.ApprovedAt),
            Version = plan.Version,
            Arenas = { groups },
            Conflicts = { conflicts.Select(ToMessage) },
            Revisions =
            {
                plan
                    .Revisions.OrderBy(r => r.Number)
                    .Select(r => new PlanRevision
                    {
                        Number = r.Number,
                        PlanVersion = r.PlanVersion,
                        Summary = r.Summary,
                        RevisedAt = Timestamp(r.RevisedAt),
                        RevisedBy = r.RevisedBy,
                    }),
            },
        };
    }

    public static MeetingChange ToMessage(DomainChange change) =>
        new()
        {
            Kind = change.Kind.ToString().ToLowerInvariant(),
            BeforeDateText = change.Before.Date.Text,
            AfterDateText = change.After.Date.Text,
            BeforeFirstDate = IsoDate.Write(change.Before.Date.First),
            AfterFirstDate = IsoDate.Write(change.After.Date.First),
            BeforeTimeText = change.Before.Time.Text,
            AfterTimeText = change.After.Time.Text,
            BeforePlace = change.Before.Place ?? string.Empty,
            AfterPlace = change.After.Place ?? string.Empty,
            Reason = change.Reason ?? string.Empty,
            ChangedAt = Timestamp(change.ChangedAt),
            ChangedBy = change.ChangedBy,
        };

    public static PlanConflict ToMessage(DomainConflict conflict) =>
        new()
        {
            FirstMeetingId = conflict.First.Id.ToString(),
            SecondMeetingId = conflict.Second.Id.ToString(),
            Kind = (ConflictKind)conflict.Kind,
            Day = IsoDate.Write(conflict.Day),
            People = { conflict.People },
            Message =
                $"{string.Join(", ", conflict.People)} skal både på {conflict.First.ArenaText} og {conflict.Second.ArenaText} "
                + $"{NorwegianText.DateWithoutWeekday(conflict.Day)}"
                + (conflict.Kind == Domain.Plans.ConflictKind.Overlapping ? ", og møtene overlapper." : "."),
        };

    private static string Timestamp(DateTimeOffset? at) =>
        at?.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty;

    private static PlannedTopic ToMessage(DomainTopic topic) =>
        new()
        {
            Text = topic.Text,
            Mark = (TopicMark)(topic.Mark ?? 0),
            Points = { topic.Points.Select(p => new TopicPoint { Text = p.Text, Mark = (TopicMark)(p.Mark ?? 0) }) },
        };

    private static string Clock(TimeOnly? time) => time is { } t ? NorwegianText.Time(t) : string.Empty;

    public static ImportPlanResponse ToMessage(PlanImported imported, int year, bool dryRun) =>
        new()
        {
            Year = year,
            DryRun = dryRun,
            Created = { imported.Created.Select(ToMessage) },
            AlreadyImported = imported.Read.Meetings.Count - imported.Created.Count,
            Warnings =
            {
                imported.Read.Warnings.Select(w => new Api.ImportWarning
                {
                    Row = w.Row,
                    Code = w.Code,
                    Message = w.Message,
                }),
            },
            Version = imported.Version,
            Conflicts = { imported.Conflicts.Select(ToMessage) },
        };
}
