using System.Net;
using Hfi.Hosting.ApplicationModel;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Hfi.Hosting.Orchestration;

/// <summary>
/// GET /health on a project's first endpoint; healthy on 200. An Http2-only cleartext endpoint answers
/// HTTP/1.1 with 400, so it is asked over HTTP/2 with prior knowledge.
/// </summary>
internal sealed class ProjectHealthProbe : IDisposable
{
    private readonly HttpClient _client;
    private readonly Uri _healthUrl;

    public ProjectHealthProbe(EndpointDefinition endpoint)
    {
        var http2Only = endpoint.Protocols == HttpProtocols.Http2;
        _client = new HttpClient
        {
            DefaultRequestVersion = http2Only ? HttpVersion.Version20 : HttpVersion.Version11,
            DefaultVersionPolicy = http2Only ? HttpVersionPolicy.RequestVersionExact : HttpVersionPolicy.RequestVersionOrLower,
            Timeout = TimeSpan.FromSeconds(3),
        };
        _healthUrl = new Uri($"{endpoint.Url}/health");
    }

    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        using var response = await _client.GetAsync(_healthUrl, cancellationToken);
        return response.StatusCode == HttpStatusCode.OK;
    }

    public void Dispose() => _client.Dispose();
}
