using Hfi.ServiceDefaults.Identity;

namespace Hfi.Testing;

/// <summary>
/// Real signed tokens, validated by the services exactly as in production (only the key is the tests').
/// </summary>
public static class TestIdentity
{
    public static readonly IdentityOptions Options = new()
    {
        Issuer = "hfi-tests",
        Audience = "hfi",
        SigningKey = Convert.ToBase64String("hfi-test-signing-key-0123456789-abcdef"u8.ToArray()),
    };

    private static readonly TokenIssuer Issuer = new(Options);

    public static string Secretariat => Issuer.Issue("sekretariat-1", HfiRoles.Secretariat, name: "Sekretær Test");
    public static string MunicipalMember => Issuer.Issue("kommune-1", HfiRoles.Member, PartnerKinds.Municipal, "hamar");
    public static string HospitalMember =>
        Issuer.Issue("sykehus-1", HfiRoles.Member, PartnerKinds.Hospital, "sykehuset-innlandet");

    public static string Token(string subject, string role, string? partnerKind = null, string? partner = null) =>
        Issuer.Issue(subject, role, partnerKind, partner);

    public static IEnumerable<KeyValuePair<string, string?>> Settings =>
        [
            new("Identity:Issuer", Options.Issuer),
            new("Identity:Audience", Options.Audience),
            new("Identity:SigningKey", Options.SigningKey),
        ];
}
