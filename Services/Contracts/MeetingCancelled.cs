namespace Hfi.Contracts;

/// <summary>An announced meeting of the annual plan will not be held: its members are told.</summary>
public sealed record MeetingCancelled
{
    /// <summary>
    /// The planned meeting; for a meeting Meetings arranged outside the plan (whose notice went out), that meeting's
    /// id.
    /// </summary>
    public required Guid PlannedMeetingId { get; init; }
    public required int Year { get; init; }
    public string? ArenaId { get; init; }
    public required string ArenaName { get; init; }
    public required PlannedMeetingSchedule Schedule { get; init; }
    public string? Reason { get; init; }
    public required DateTimeOffset CancelledAt { get; init; }
}
