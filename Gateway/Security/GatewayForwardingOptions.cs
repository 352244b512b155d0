using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Hfi.Gateway.Security;

/// <summary>
/// The reverse proxies in front of the gateway (load balancer, ingress) whose X-Forwarded-For and
/// X-Forwarded-Proto are believed, so rate limits and the audit see the real client. None unless configured: the
/// headers are then ignored, and nobody dodges a limit by sending them.
/// </summary>
public sealed class GatewayForwardingOptions : IValidatableObject
{
    public const string SectionName = "Gateway:ForwardedHeaders";

    /// <summary>Addresses of single proxies, e.g. "10.0.0.5".</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of proxies in CIDR notation, e.g. "10.0.0.0/8".</summary>
    public string[] KnownNetworks { get; set; } = [];

    public bool Configured => KnownProxies.Length > 0 || KnownNetworks.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult(
                $"{SectionName}:KnownProxies: '{proxy}' is not an IP address.",
                [nameof(KnownProxies)]
            );
        }

        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult(
                $"{SectionName}:KnownNetworks: '{network}' is not a network in CIDR notation (e.g. 10.0.0.0/8).",
                [nameof(KnownNetworks)]
            );
        }
    }
}
