using Hfi.Gateway.Identity;
using Microsoft.Extensions.Options;

namespace Hfi.Gateway.Security;

internal static class GatewaySecurityExtensions
{
    private const string CorsPolicy = "allow-list";

    public static IHostApplicationBuilder AddGatewaySecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GatewayLimitsOptions>()
            .Bind(builder.Configuration.GetSection(GatewayLimitsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<GatewayCorsOptions>()
            .Bind(builder.Configuration.GetSection(GatewayCorsOptions.SectionName));

        builder.Services.AddGatewayRateLimiting();
        builder.Services.AddCors();
        builder.Services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<GatewayCorsOptions>>((cors, allowed) => cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins(allowed.Value.AllowedOrigins)
                .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
                .WithHeaders("Authorization", "Content-Type", "X-Request-Id")
                .WithExposedHeaders("X-Request-Id", "Retry-After")));
        return builder;
    }

    /// <summary>
    /// Headers first (so that every refusal carries them too), then CORS (closed unless origins are configured),
    /// body limits, the caller's token, and the rate limit per caller.
    /// </summary>
    public static WebApplication UseGatewaySecurity(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseCors(CorsPolicy);
        app.UseRequestBodyLimits();
        app.UseBearerTokens();
        app.UseRateLimiter();
        return app;
    }
}
