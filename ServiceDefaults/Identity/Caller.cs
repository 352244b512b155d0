using System.Security.Claims;

namespace Hfi.ServiceDefaults.Identity;

/// <summary>Who is calling, as read from a validated token; anonymous when there is none.</summary>
public sealed record Caller(string? Subject, string? Role, string? PartnerKind, string? Partner)
{
    public static readonly Caller Anonymous = new(null, null, null, null);

    public bool IsAuthenticated => Subject is not null;
    public bool IsSecretariat => Role is HfiRoles.Secretariat or HfiRoles.Admin;
    public bool IsObserver => Role == HfiRoles.Observer;

    /// <summary>
    /// A municipal representative, who also reads what is for municipal representatives only. An observer reads
    /// what is open to all members whatever partner they come from: restricted items are for those with a seat.
    /// </summary>
    public bool IsMunicipal => PartnerKind == PartnerKinds.Municipal && !IsObserver;

    public static Caller From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        return new Caller(
            principal.FindFirstValue(HfiClaims.Subject) ?? "unknown",
            principal.FindFirstValue(HfiClaims.Role),
            principal.FindFirstValue(HfiClaims.PartnerKind),
            principal.FindFirstValue(HfiClaims.Partner));
    }
}
