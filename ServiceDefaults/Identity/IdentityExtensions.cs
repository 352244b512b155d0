using Hfi.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hfi.ServiceDefaults.Identity;

public static class IdentityExtensions
{
    private const string DataProtectionHostedService =
        "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    /// <summary>
    /// Every service validates the caller's bearer token itself (defence in depth: the gateway only forwards it).
    /// Identity never comes from a plain header.
    /// </summary>
    public static IHostApplicationBuilder AddHfiIdentity(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<IdentityOptions>(IdentityOptions.SectionName);

        var identity =
            builder.Configuration.GetSection(IdentityOptions.SectionName).Get<IdentityOptions>()
            ?? new IdentityOptions();

        builder
            .Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenHandlers.Clear();
                options.TokenHandlers.Add(
                    new CachedTokenValidation(new JsonWebTokenHandler { MapInboundClaims = false }, TimeProvider.System)
                );
                options.Authority = string.IsNullOrWhiteSpace(identity.Authority) ? null : identity.Authority;
                options.RequireHttpsMetadata = options.Authority is not null;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = identity.Issuer,
                    ValidAudience = identity.Audience,
                    NameClaimType = HfiClaims.Name,
                    RoleClaimType = HfiClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    IssuerSigningKey = string.IsNullOrWhiteSpace(identity.SigningKey)
                        ? null
                        : new SymmetricSecurityKey(identity.SigningKeyBytes()),
                };
            });

        // AddAuthentication brings data protection, whose hosted service loads (or first creates) the key ring at
        // start: XML and crypto code resident in every process (~6 MB RSS), for keys no Hfi process uses (bearer
        // tokens only, no cookies). Without it the key ring is loaded on first use, as without a host.
        foreach (var keyRingLoader in builder.Services.Where(IsDataProtectionHostedService).ToList())
        {
            builder.Services.Remove(keyRingLoader);
        }

        builder
            .Services.AddAuthorizationBuilder()
            .AddPolicy(HfiPolicies.Secretariat, policy => policy.RequireRole(HfiRoles.Secretariat, HfiRoles.Admin))
            .AddPolicy(HfiPolicies.SignedIn, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(
                HfiPolicies.Member,
                policy => policy.RequireRole(HfiRoles.Member, HfiRoles.Secretariat, HfiRoles.Admin)
            );

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(sp => new TokenIssuer(sp.GetRequiredService<IOptions<IdentityOptions>>().Value));
        return builder;
    }

    private static bool IsDataProtectionHostedService(ServiceDescriptor descriptor) =>
        descriptor.ServiceType == typeof(IHostedService)
        && descriptor.ImplementationType?.FullName == DataProtectionHostedService;
}
