using Hfi.ServiceDefaults.Domain;

namespace Hfi.Planning.Domain.Plans;

/// <summary>Which meeting of the plan an event is about, named as it was when the event happened.</summary>
public sealed record PlannedMeetingRef(Guid Id, int Year, string? ArenaId, string ArenaName)
{
    public static PlannedMeetingRef Of(PlannedMeeting meeting) =>
        new(meeting.Id, meeting.Year, meeting.ArenaId, meeting.ArenaText);
}

/// <summary>The plan was approved (or approved again after revisions) by <paramref name="ApprovalCase"/>.</summary>
public sealed record PlanApprovedDomainEvent(
    int Year,
    string ApprovalCase,
    int PlanVersion,
    int MeetingCount,
    DateTimeOffset ApprovedAt
) : IDomainEvent;

/// <summary>
/// A meeting became part of the approved plan: on the plan's first approval, or added to an approved plan.
/// </summary>
public sealed record MeetingAnnouncedDomainEvent(
    PlannedMeetingRef Meeting,
    string? RegionId,
    MeetingSnapshot Schedule,
    IReadOnlyList<string> Topics,
    DateTimeOffset AnnouncedAt
) : IDomainEvent;

/// <summary>
/// An announced meeting's date, time or place changed; <paramref name="Change"/> holds before and after.
/// </summary>
public sealed record MeetingRescheduledDomainEvent(PlannedMeetingRef Meeting, MeetingChange Change) : IDomainEvent;

/// <summary>An announced meeting will not be held; <paramref name="Change"/> holds what it was.</summary>
public sealed record MeetingCancelledDomainEvent(PlannedMeetingRef Meeting, MeetingChange Change) : IDomainEvent;
