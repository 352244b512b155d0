namespace Hfi.Contracts;

/// <summary>
/// The cases of a meeting as they now stand, with the audience of each: published when the meeting is created and
/// whenever a case is added, changed or withdrawn (before the notice too). Documents keeps each case's attachments
/// within its audience by it. A full picture each time, so the latest (by <see cref="ChangedAt"/>) wins.
/// </summary>
public sealed record MeetingCasesChanged
{
    public required Guid MeetingId { get; init; }
    public required string ArenaId { get; init; }
    public required IReadOnlyList<MeetingCase> Cases { get; init; }
    public required DateTimeOffset ChangedAt { get; init; }
}

public sealed record MeetingCase
{
    /// <summary>"08.24".</summary>
    public required string CaseNumber { get; init; }
    public required string Audience { get; init; }
    public bool Withdrawn { get; init; }

    /// <summary>The documents the case lists as its attachments.</summary>
    public IReadOnlyList<Guid> AttachmentIds { get; init; } = [];
}
