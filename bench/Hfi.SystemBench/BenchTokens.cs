using Hfi.ServiceDefaults.Identity;

namespace Hfi.SystemBench;

/// <summary>
/// Tokens the running system accepts: signed with the development key the AppHost keeps in its data folder, with the
/// issuer and audience it gives every project (AppHost/Hfi.AppHost/HfiSystem.cs).
/// </summary>
internal sealed class BenchTokens(TokenIssuer issuer)
{
    public static BenchTokens ForDataDirectory(string dataDirectory) =>
        new(
            new TokenIssuer(
                new IdentityOptions
                {
                    Issuer = "hfi-dev",
                    Audience = "hfi",
                    SigningKey = File.ReadAllText(Path.Combine(dataDirectory, "jwt-signing-key")).Trim(),
                }
            )
        );

    public string Secretariat => issuer.Issue("bench-secretariat", HfiRoles.Secretariat, name: "Sekretariatet (bench)");

    /// <summary>
    /// A municipal representative: reads every item of the bench agenda, the municipal-only case included.
    /// </summary>
    public string MunicipalMember =>
        issuer.Issue("bench-member", HfiRoles.Member, PartnerKinds.Municipal, "hamar", name: "Kari Kommune (bench)");
}
