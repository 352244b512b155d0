using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hfi.ServiceDefaults.Identity;

/// <summary>
/// Issues tokens signed with the shared key: used by the development sign-in and by tests, never where an
/// OIDC authority is configured.
/// </summary>
public sealed class TokenIssuer(IdentityOptions options)
{
    public string Issue(
        string subject,
        string role,
        string? partnerKind = null,
        string? partner = null,
        string? name = null,
        TimeSpan? lifetime = null,
        string? email = null
    )
    {
        var claims = new List<Claim> { new(HfiClaims.Subject, subject), new(HfiClaims.Role, role) };
        if (partnerKind is not null)
            claims.Add(new Claim(HfiClaims.PartnerKind, partnerKind));
        if (partner is not null)
            claims.Add(new Claim(HfiClaims.Partner, partner));
        if (name is not null)
            claims.Add(new Claim(HfiClaims.Name, name));
        if (email is not null)
            claims.Add(new Claim(HfiClaims.Email, email));

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.Add(lifetime ?? TimeSpan.FromHours(8)),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(options.SigningKeyBytes()),
                SecurityAlgorithms.HmacSha256
            ),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
