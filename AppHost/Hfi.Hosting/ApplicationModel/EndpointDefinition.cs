using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Hfi.Hosting.ApplicationModel;

/// <summary>A named Kestrel endpoint of a project on 127.0.0.1.</summary>
public sealed class EndpointDefinition(string name, HttpProtocols protocols, int port)
{
    public string Name { get; } = name;

    public HttpProtocols Protocols { get; } = protocols;

    public AllocatedPort Port { get; } = new(port);

    /// <summary>http://127.0.0.1:&lt;port&gt;, without a trailing slash.</summary>
    public string Url => $"http://127.0.0.1:{Port.Value}";
}
