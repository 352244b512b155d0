namespace Hfi.Contracts;

/// <summary>
/// A substitute (vara) who was asked, or had accepted, to meet for a member is no longer needed: the member
/// attends after all. Notifications tells the substitute, so nobody comes to a seat that is taken.
/// </summary>
public sealed record SubstituteReleased
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

    /// <summary>The substitute had accepted (and received the notice), rather than still being asked.</summary>
    public required bool HadAccepted { get; init; }
    public required DateTimeOffset ReleasedAt { get; init; }
}
