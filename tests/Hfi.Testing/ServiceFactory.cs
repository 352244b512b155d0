using System.Net.Http.Headers;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.Testing;

/// <summary>
/// Hosts one service in memory against real infrastructure, or, given a port, on Kestrel over cleartext HTTP/2
/// as it runs in the system (for tests that stop a service and start it again where its peers expect it).
/// <typeparamref name="TEntryPoint"/> is any type of the service's assembly (services all have a global
/// Program, so tests name their gRPC service class instead).
/// </summary>
public sealed class ServiceFactory<TEntryPoint> : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    private readonly IEnumerable<KeyValuePair<string, string?>> _settings;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly int? _port;

    public ServiceFactory(
        IEnumerable<KeyValuePair<string, string?>> settings,
        Action<IServiceCollection>? configureServices = null,
        int? port = null
    )
    {
        _settings = settings;
        _configureServices = configureServices;
        _port = port;
        if (_port is { } listenOn)
            UseKestrel(kestrel => kestrel.ListenLocalhost(listenOn, listen => listen.Protocols = HttpProtocols.Http2));
    }

    /// <summary>Where a service on Kestrel listens.</summary>
    public Uri Address => _port is { } listenOn ? new Uri($"http://127.0.0.1:{listenOn}") : Server.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in TestIdentity.Settings.Concat(_settings))
        {
            builder.UseSetting(key, value);
        }
        builder.UseSetting("Outbox:PollInterval", "00:00:00.100");
        // A host stopped while its bus is still connecting would start the bus on the disposed host and take the next
        // test's messages off the shared broker: start counts as done once the bus is.
        builder.ConfigureTestServices(services =>
            services.Configure<MassTransit.MassTransitHostOptions>(options => options.WaitUntilStarted = true)
        );
        if (_configureServices is not null)
            builder.ConfigureTestServices(_configureServices);
    }

    public GrpcChannel CreateGrpcChannel(string? token = null) =>
        GrpcChannel.ForAddress(
            Address,
            new GrpcChannelOptions
            {
                HttpHandler = new BearerTokenHandler(token)
                {
                    InnerHandler = _port is null ? Server.CreateHandler() : new SocketsHttpHandler(),
                },
            }
        );

    public HttpClient CreateRestClient(string? token = null)
    {
        var client = CreateClient();
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed class BearerTokenHandler(string? token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken
        )
        {
            if (token is not null)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
