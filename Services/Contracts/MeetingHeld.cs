namespace Hfi.Contracts;

/// <summary>
/// A meeting that realises a planned meeting was held, at this day, times and place: the plan records it as held.
/// </summary>
public sealed record MeetingHeld
{
    public required Guid MeetingId { get; init; }
    public required Guid PlannedMeetingId { get; init; }
    public required string ArenaId { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    public string? Place { get; init; }
    public required DateTimeOffset HeldAt { get; init; }
}
