using Hfi.ServiceDefaults.Identity;

namespace Hfi.Gateway.Identity;

/// <summary>A signed-in person as the web UI sees them: the claims of their token.</summary>
public sealed record UserProfile(
    string Id,
    string Name,
    string Role,
    string? PartnerKind,
    string? Partner,
    string Email
);

/// <summary>
/// The people the development sign-in offers. Partners are Planning's partner ids; e-mail addresses are how
/// Notifications matches a caller to the arena members the secretariat registers.
/// </summary>
public static class DemoUsers
{
    public static readonly IReadOnlyList<UserProfile> All =
    [
        new(
            "sekretariat",
            "Siri Sekretariat",
            HfiRoles.Secretariat,
            null,
            null,
            "sekretariat@helsefellesskap-innlandet.no"
        ),
        new("admin", "Arne Administrator", HfiRoles.Admin, null, null, "admin@helsefellesskap-innlandet.no"),
        new(
            "kommune-hamar",
            "Ola Nordmann",
            HfiRoles.Member,
            PartnerKinds.Municipal,
            "hamar",
            "ola.nordmann@hamar.kommune.no"
        ),
        new(
            "sykehus",
            "Kari Nordmann",
            HfiRoles.Member,
            PartnerKinds.Hospital,
            "sykehuset-innlandet",
            "kari.nordmann@sykehuset-innlandet.no"
        ),
        new("observator", "Per Observatør", HfiRoles.Observer, null, null, "per.observator@statsforvalteren.no"),
    ];

    public static UserProfile? Find(string? id) => All.FirstOrDefault(user => user.Id == id);
}
