using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hfi.Gateway.Extensions;

/// <summary>Asks a downstream service's /health (over cleartext HTTP/2, the only protocol its port speaks).</summary>
internal sealed class DownstreamHealthCheck(IHttpClientFactory clients, string service) : IHealthCheck
{
    public const string HttpClientName = "downstream-health";

    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    )
    {
        try
        {
            using var response = await clients
                .CreateClient(HttpClientName)
                .GetAsync($"http://{service}/health", cancellationToken);
            return response.StatusCode == HttpStatusCode.OK
                ? HealthCheckResult.Healthy($"{service} is healthy.")
                : HealthCheckResult.Unhealthy($"{service} answered {(int)response.StatusCode}.");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{service} is unreachable: {ex.Message}");
        }
    }
}

internal static class DownstreamHealthCheckExtensions
{
    public static IHostApplicationBuilder AddDownstreamHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient(
            DownstreamHealthCheck.HttpClientName,
            client =>
            {
                client.DefaultRequestVersion = HttpVersion.Version20;
                client.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;
                client.Timeout = TimeSpan.FromSeconds(5);
            }
        );

        var checks = builder.Services.AddHealthChecks();
        foreach (var service in ApplicationServiceExtensions.Downstream)
        {
            checks.Add(
                new HealthCheckRegistration(
                    service,
                    sp => new DownstreamHealthCheck(sp.GetRequiredService<IHttpClientFactory>(), service),
                    HealthStatus.Unhealthy,
                    ["downstream"]
                )
            );
        }
        return builder;
    }
}
