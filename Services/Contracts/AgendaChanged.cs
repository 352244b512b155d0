namespace Hfi.Contracts;

/// <summary>The agenda of a meeting whose notice was issued changed; a new notice version follows.</summary>
public sealed record AgendaChanged
{
    public required Guid MeetingId { get; init; }
    public required string ArenaId { get; init; }

    /// <summary>
    /// The agenda's version as the event's <see cref="Audience"/> sees it: Meetings keeps one counter per audience, so
    /// a change to an item for municipal representatives only bumps their counter and not the one all members see.
    /// </summary>
    public required int AgendaVersion { get; init; }

    /// <summary>What changed, in Norwegian, for the members' message: "Sak 04.24 er flyttet til kl. 16:30".</summary>
    public required string Summary { get; init; }

    /// <summary>
    /// The narrowest audience of the changed items: a change to a restricted item is told only to its audience.
    /// </summary>
    public required string Audience { get; init; }
    public required DateTimeOffset ChangedAt { get; init; }
}
