using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hfi.Hosting;

internal static class ResourceHealthChecks
{
    /// <summary>
    /// Registers a health check that Aspire runs for a resource (made when first run) and returns its name, for
    /// <c>WithHealthCheck</c>.
    /// </summary>
    public static string AddResourceHealthCheck(
        this IDistributedApplicationBuilder builder,
        string name,
        Func<IHealthCheck> create
    )
    {
        builder
            .Services.AddHealthChecks()
            .Add(new HealthCheckRegistration(name, _ => create(), failureStatus: null, tags: null));
        return name;
    }
}
