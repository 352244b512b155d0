using System.Globalization;
using System.Threading.RateLimiting;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Grpc;
using Hfi.ServiceDefaults.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Hfi.Gateway.Security;

internal static class RateLimitingExtensions
{
    /// <summary>The policy of the sign-in endpoint, on top of the global limit.</summary>
    public const string SignInPolicy = "sign-in";

    private static readonly PathString[] Probes = ["/health", "/alive"];

    /// <summary>
    /// A fixed window per signed-in subject (so colleagues behind one office NAT do not share a budget), else per
    /// client IP. Health probes are not limited: the orchestrator polls them.
    /// </summary>
    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services
            .AddOptions<RateLimiterOptions>()
            .Configure<IOptions<GatewayLimitsOptions>>(
                (options, limits) =>
                {
                    var window = limits.Value.Window;
                    options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                        Probes.Any(probe => context.Request.Path.StartsWithSegments(probe))
                            ? RateLimitPartition.GetNoLimiter(string.Empty)
                            : FixedWindow(PartitionOf(context), limits.Value.PermitsPerWindow, window)
                    );
                    options.AddPolicy(
                        SignInPolicy,
                        context =>
                            FixedWindow($"sign-in:{ClientIp(context)}", limits.Value.SignInPermitsPerWindow, window)
                    );
                    options.OnRejected = RejectAsync;
                }
            );
        return services;
    }

    private static RateLimitPartition<string> FixedWindow(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(
            key,
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                QueueLimit = 0,
            }
        );

    private static string PartitionOf(HttpContext context) =>
        context.User.FindFirst(HfiClaims.Subject)?.Value is { } subject ? $"sub:{subject}" : $"ip:{ClientIp(context)}";

    private static string ClientIp(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? wait
            : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ErrorMapping
            .Problem(
                StatusCodes.Status429TooManyRequests,
                Reasons.TooManyRequests,
                $"Too many requests from you in a short time; try again in {seconds} s."
            )
            .ExecuteAsync(context);
    }
}
