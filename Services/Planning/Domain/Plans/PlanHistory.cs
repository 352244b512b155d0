namespace Hfi.Planning.Domain.Plans;

/// <summary>Who changed the plan, and when.</summary>
public sealed record ChangeStamp(DateTimeOffset At, string By);

/// <summary>A meeting's date, time, place and status at one moment, as kept in its history.</summary>
public sealed record MeetingSnapshot(
    MeetingDate Date,
    MeetingTime Time,
    string? Place,
    PlaceKind PlaceKind,
    PlannedMeetingStatus Status
)
{
    public static MeetingSnapshot Of(PlannedMeeting meeting) =>
        new(meeting.Date, meeting.Time, meeting.Place, meeting.PlaceKind, meeting.Status);
}

public enum MeetingChangeKind
{
    Rescheduled = 1,
    Cancelled = 2,
    Held = 3,
}

/// <summary>
/// One change of a planned meeting, with what it was before and after: nothing about a meeting is overwritten unseen.
/// </summary>
public sealed class MeetingChange
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public MeetingChangeKind Kind { get; init; }
    public required MeetingSnapshot Before { get; init; }
    public required MeetingSnapshot After { get; init; }
    public string? Reason { get; init; }
    public DateTimeOffset ChangedAt { get; init; }
    public required string ChangedBy { get; init; }
}

/// <summary>A change made to the plan after it was approved; numbered from 1 within the year.</summary>
public sealed class PlanRevision
{
    public Guid Id { get; init; }
    public int Year { get; init; }
    public int Number { get; init; }

    /// <summary>The plan's version after the change.</summary>
    public int PlanVersion { get; init; }
    public required string Summary { get; init; }
    public DateTimeOffset RevisedAt { get; init; }
    public required string RevisedBy { get; init; }
}
