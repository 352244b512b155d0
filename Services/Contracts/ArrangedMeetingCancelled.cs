namespace Hfi.Contracts;

/// <summary>
/// A meeting arranged in Meetings was cancelled (avlyst) before it was held. When it realised a planned meeting
/// (<see cref="PlannedMeetingId"/>), the plan cancels that entry by its own rule, which tells the members.
/// </summary>
public sealed record ArrangedMeetingCancelled
{
    public required Guid MeetingId { get; init; }
    public required Guid? PlannedMeetingId { get; init; }
    public required string ArenaId { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset CancelledAt { get; init; }
}
