using Hfi.ServiceDefaults;
using Yarp.ReverseProxy.ServiceDiscovery;

namespace Hfi.Gateway.Extensions;

internal static class ApplicationServiceExtensions
{
    /// <summary>The services behind the gateway, by their service-discovery names.</summary>
    public static readonly IReadOnlyList<string> Downstream =
    [
        ResourceNames.Planning,
        ResourceNames.Meetings,
        ResourceNames.Documents,
        ResourceNames.Notifications,
    ];

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        builder.Services.AddSingleton<IDestinationResolver, ServiceDiscoveryDestinationResolver>();

        builder.AddDownstreamHealthChecks();
        return builder;
    }
}
