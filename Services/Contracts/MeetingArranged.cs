namespace Hfi.Contracts;

/// <summary>
/// A meeting that realises a planned meeting of the annual plan was set up in Meetings, or its time or place changed:
/// the plan takes the meeting's day, times and place.
/// </summary>
public sealed record MeetingArranged
{
    public required Guid MeetingId { get; init; }
    public required Guid PlannedMeetingId { get; init; }
    public required string ArenaId { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    public string? Place { get; init; }
    public required DateTimeOffset ArrangedAt { get; init; }
}
