using System.Net.Http.Headers;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.Testing;

/// <summary>
/// Hosts one service in memory against real infrastructure. <typeparamref name="TEntryPoint"/> is any type of
/// the service's assembly (services all have a global Program, so tests name their gRPC service class instead).
/// </summary>
public sealed class ServiceFactory<TEntryPoint>(
    IEnumerable<KeyValuePair<string, string?>> settings,
    Action<IServiceCollection>? configureServices = null) : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in TestIdentity.Settings.Concat(settings))
        {
            builder.UseSetting(key, value);
        }
        builder.UseSetting("Outbox:PollInterval", "00:00:00.100");
        if (configureServices is not null) builder.ConfigureTestServices(configureServices);
    }

    public GrpcChannel CreateGrpcChannel(string? token = null) =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = new BearerTokenHandler(token) { InnerHandler = Server.CreateHandler() },
        });

    public HttpClient CreateRestClient(string? token = null)
    {
        var client = CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed class BearerTokenHandler(string? token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
