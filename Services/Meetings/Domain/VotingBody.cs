using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;

namespace Hfi.Meetings.Domain;

/// <summary>
/// Who decides a case: the arena's voting members, or, for a case for municipal representatives only, the municipal
/// representatives alone, as their own body. Its seats, quorum, proxies and substitutes are counted within it.
/// </summary>
public sealed record VotingBody
{
    public static readonly VotingBody WholeMeeting = new(Audiences.AllMembers);
    public static readonly VotingBody MunicipalRepresentatives = new(Audiences.MunicipalRepresentatives);

    private VotingBody(string audience) => Audience = audience;

    /// <summary>The audience whose voting members make up the body.</summary>
    public string Audience { get; }

    /// <summary>The body that decides <paramref name="item"/>; the whole meeting when there is no case.</summary>
    public static VotingBody For(AgendaItem? item) => For(item?.Audience);

    public static VotingBody For(string? audience) =>
        audience == Audiences.MunicipalRepresentatives ? MunicipalRepresentatives : WholeMeeting;

    public bool Includes(string? partnerKind) => this == WholeMeeting || partnerKind == PartnerKinds.Municipal;

    /// <summary>
    /// The body's name in the minutes ("Kommunenes representanter"); null for the whole meeting, named by its arena.
    /// </summary>
    public string? Name => this == MunicipalRepresentatives ? "Kommunenes representanter" : null;
}
