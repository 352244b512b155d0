namespace Hfi.Contracts;

/// <summary>
/// A substitute accepted and is summoned in an absent member's place: Notifications sends them the latest notice
/// of <see cref="NoticeAudience"/> (their own audience, like any member's).
/// </summary>
public sealed record SubstituteSummoned
{
    public required Guid MeetingId { get; init; }
    public required string ArenaId { get; init; }
    public required string SubstituteMemberId { get; init; }
    public required string SubstituteName { get; init; }
    public string? SubstituteEmail { get; init; }
    public required string StandsInForName { get; init; }
    public required string NoticeAudience { get; init; }

    /// <summary>The version of that audience's notice in force when they were summoned.</summary>
    public required int NoticeVersion { get; init; }
    public required DateTimeOffset SummonedAt { get; init; }
}
