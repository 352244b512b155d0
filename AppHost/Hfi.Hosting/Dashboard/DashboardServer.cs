using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.Hosting.Dashboard;

/// <summary>
/// The ops dashboard: a small Kestrel app inside the AppHost. <c>/</c> is an HTML page, <c>/api/resources</c> the same as JSON.
/// </summary>
internal sealed class DashboardServer(Func<IReadOnlyList<ResourceSnapshot>> snapshots) : IAsyncDisposable
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };

    private WebApplication? _app;

    /// <summary>Starts listening on localhost:<paramref name="port"/> (0: a free port on 127.0.0.1); returns the dashboard's URL.</summary>
    public async Task<Uri> StartAsync(int port, CancellationToken cancellationToken)
    {
        // The empty builder reads no ASPNETCORE_* variables or appsettings meant for the AppHost, and logs nothing.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            if (port == 0)
            {
                kestrel.Listen(IPAddress.Loopback, 0);
            }
            else
            {
                kestrel.ListenLocalhost(port);
            }
        });
        builder.Services.AddRoutingCore();

        _app = builder.Build();
        _app.MapGet("/", () => Results.Content(DashboardPage.Render(snapshots()), "text/html; charset=utf-8"));
        _app.MapGet("/api/resources", () => Results.Json(snapshots(), JsonOptions));
        await _app.StartAsync(cancellationToken);

        var listening = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return port == 0 ? listening : new Uri($"http://localhost:{port}/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
