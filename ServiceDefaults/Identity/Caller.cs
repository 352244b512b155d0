using System.Security.Claims;

namespace Hfi.ServiceDefaults.Identity;

/// <summary>Who is calling, as read from a validated token; anonymous when there is none.</summary>
public sealed record Caller(string? Subject, string? Role, string? PartnerKind, string? Partner)
{
    public static readonly Caller Anonymous = new(null, null, null, null);

    /// <summary>
    /// The caller's e-mail address, by which Planning knows members: the token's "email" claim, or its subject when
    /// that is an address (as some sign-ins issue it).
    /// </summary>
    public string? Email { get; init; }

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

        var subject = principal.FindFirstValue(HfiClaims.Subject);
        return new Caller(
            subject ?? "unknown",
            principal.FindFirstValue(HfiClaims.Role),
            principal.FindFirstValue(HfiClaims.PartnerKind),
            principal.FindFirstValue(HfiClaims.Partner)
        )
        {
            Email =
                principal.FindFirstValue(HfiClaims.Email) is { } email && !string.IsNullOrWhiteSpace(email) ? email
                : subject is not null && subject.Contains('@', StringComparison.Ordinal) ? subject
                : null,
        };
    }
}
