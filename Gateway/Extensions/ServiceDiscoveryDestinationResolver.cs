using System.Net;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.ServiceDiscovery;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.ServiceDiscovery;

namespace Hfi.Gateway.Extensions;

/// <summary>
/// Resolves cluster destinations such as "http://planning" through service discovery (services__planning__http__0).
/// Microsoft.Extensions.ServiceDiscovery.Yarp does this, but it is not on the package feed here.
/// </summary>
internal sealed class ServiceDiscoveryDestinationResolver(ServiceEndpointResolver resolver) : IDestinationResolver
{
    public async ValueTask<ResolvedDestinationCollection> ResolveDestinationsAsync(
        IReadOnlyDictionary<string, DestinationConfig> destinations,
        CancellationToken cancellationToken
    )
    {
        var resolved = new Dictionary<string, DestinationConfig>();
        var changeTokens = new List<IChangeToken>();
        foreach (var (name, destination) in destinations)
        {
            var address = new Uri(destination.Address);
            var endpoints = await resolver.GetEndpointsAsync(
                address.GetLeftPart(UriPartial.Authority),
                cancellationToken
            );
            changeTokens.Add(endpoints.ChangeToken);
            var index = 0;
            foreach (var endpoint in endpoints.Endpoints)
            {
                var key = endpoints.Endpoints.Count == 1 ? name : $"{name}[{index++}]";
                resolved[key] = destination with { Address = AddressOf(endpoint.EndPoint, address) };
            }
        }
        return new ResolvedDestinationCollection(resolved, new CompositeChangeToken(changeTokens));
    }

    private static string AddressOf(EndPoint endPoint, Uri configured) =>
        endPoint switch
        {
            UriEndPoint uri => uri.Uri.ToString(),
            IPEndPoint ip => new UriBuilder(configured) { Host = ip.Address.ToString(), Port = ip.Port }.Uri.ToString(),
            DnsEndPoint dns => new UriBuilder(configured) { Host = dns.Host, Port = dns.Port }.Uri.ToString(),
            _ => throw new InvalidOperationException(
                $"Service discovery gave an endpoint of an unsupported kind: '{endPoint}'."
            ),
        };
}
