using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hfi.Hosting;

public static class Http2HealthCheckExtensions
{
    /// <summary>
    /// Like <c>WithHttpHealthCheck</c>, but over cleartext HTTP/2 with prior knowledge: the services speak h2c only
    /// (gRPC without TLS), and Aspire's own probe speaks HTTP/1.1, which they answer with 400.
    /// </summary>
    public static IResourceBuilder<T> WithHttp2HealthCheck<T>(
        this IResourceBuilder<T> builder,
        string path,
        string endpointName = "http"
    )
        where T : IResourceWithEndpoints
    {
        var endpoint = builder.Resource.GetEndpoint(endpointName);
        var healthCheck = builder.ApplicationBuilder.AddResourceHealthCheck(
            $"{builder.Resource.Name}_{endpointName}_h2c_{path}",
            () => new Http2HealthCheck(endpoint, path)
        );
        return builder.WithHealthCheck(healthCheck);
    }

    private sealed class Http2HealthCheck(EndpointReference endpoint, string path) : IHealthCheck
    {
        private static readonly HttpClient Client = new(
            new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) }
        )
        {
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = TimeSpan.FromSeconds(5),
        };

        public async Task<HealthCheckResult> CheckHealthAsync(
            HealthCheckContext context,
            CancellationToken cancellationToken = default
        )
        {
            try
            {
                using var response = await Client.GetAsync(new Uri(new Uri(endpoint.Url), path), cancellationToken);
                return response.IsSuccessStatusCode
                    ? HealthCheckResult.Healthy()
                    : HealthCheckResult.Unhealthy($"{path} answered {(int)response.StatusCode}.");
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                return HealthCheckResult.Unhealthy($"{path} does not answer.", exception);
            }
        }
    }
}
