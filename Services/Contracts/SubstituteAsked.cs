namespace Hfi.Contracts;

/// <summary>
/// A member reported absence (forfall) and a substitute (vara) is asked to meet in their place; substitutes are
/// asked one at a time in rank order. Notifications asks the substitute, who answers through Meetings.
/// </summary>
public sealed record SubstituteAsked
{
    public required Guid MeetingId { get; init; }
    public required string ArenaId { get; init; }
    public required Guid RequestId { get; init; }
    public required string MeetingTitle { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required string AbsentMemberName { get; init; }
    public required string SubstituteMemberId { get; init; }
    public required string SubstituteName { get; init; }
    public string? SubstituteEmail { get; init; }
    public required int Rank { get; init; }
    public required DateTimeOffset AskedAt { get; init; }
}
