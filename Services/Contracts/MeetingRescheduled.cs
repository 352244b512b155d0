namespace Hfi.Contracts;

/// <summary>The date, time or place of an announced meeting changed, e.g. a window narrowed to an exact date.</summary>
public sealed record MeetingRescheduled
{
    public required Guid PlannedMeetingId { get; init; }
    public required int Year { get; init; }
    public string? ArenaId { get; init; }
    public required string ArenaName { get; init; }
    public required string Status { get; init; }
    public required PlannedMeetingSchedule Previous { get; init; }
    public required PlannedMeetingSchedule Current { get; init; }
    public string? Reason { get; init; }
    public required DateTimeOffset RescheduledAt { get; init; }
}
