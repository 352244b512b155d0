namespace Hfi.Contracts;

/// <summary>The agenda of a meeting whose notice was issued changed; a new notice version follows.</summary>
public sealed record AgendaChanged
{
    public required Guid MeetingId { get; init; }
    public required string ArenaId { get; init; }
    public required int AgendaVersion { get; init; }
    /// <summary>What changed, in Norwegian, for the members' message: "Sak 04.24 er flyttet til kl. 16.30".</summary>
    public required string Summary { get; init; }
    /// <summary>The narrowest audience of the changed items: a change to a restricted item is told only to its audience.</summary>
    public required string Audience { get; init; }
    public required DateTimeOffset ChangedAt { get; init; }
}
