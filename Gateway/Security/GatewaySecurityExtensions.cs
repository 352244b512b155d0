using System.Net;
using Hfi.Gateway.Identity;
using Hfi.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Hfi.Gateway.Security;

internal static class GatewaySecurityExtensions
{
    private const string CorsPolicy = "allow-list";

    public static IHostApplicationBuilder AddGatewaySecurity(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<GatewayLimitsOptions>(GatewayLimitsOptions.SectionName);
        builder
            .Services.AddOptions<GatewayCorsOptions>()
            .Bind(builder.Configuration.GetSection(GatewayCorsOptions.SectionName));
        builder.AddValidatedOptions<GatewayForwardingOptions>(GatewayForwardingOptions.SectionName);
        builder
            .Services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<GatewayForwardingOptions>>(
                (forwarded, proxies) =>
                {
                    forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                    forwarded.KnownProxies.Clear();
                    forwarded.KnownIPNetworks.Clear();
                    foreach (var proxy in proxies.Value.KnownProxies)
                        forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
                    foreach (var network in proxies.Value.KnownNetworks)
                        forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            );

        builder.Services.IgnoreIncomingTraceContext();
        builder.Services.AddGatewayRateLimiting();
        builder.Services.AddCors();
        builder
            .Services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<GatewayCorsOptions>>(
                (cors, allowed) =>
                    cors.AddPolicy(
                        CorsPolicy,
                        policy =>
                            policy
                                .WithOrigins(allowed.Value.AllowedOrigins)
                                .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
                                .WithHeaders("Authorization", "Content-Type", "X-Request-Id", "If-None-Match")
                                .WithExposedHeaders("X-Request-Id", "Retry-After", "ETag")
                    )
            );
        return builder;
    }

    /// <summary>
    /// The client's address from known proxies' headers (when proxies are configured), then headers (so that every
    /// refusal carries them too), CORS (closed unless origins are configured), body limits, the caller's token, and
    /// the rate limit per caller.
    /// </summary>
    public static WebApplication UseGatewaySecurity(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<GatewayForwardingOptions>>().Value.Configured)
            app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseCors(CorsPolicy);
        app.UseRequestBodyLimits();
        app.UseBearerTokens();
        app.UseRateLimiter();
        return app;
    }
}
