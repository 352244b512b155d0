using Hfi.Hosting.Mail;
using Hfi.Hosting.RabbitMQ;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Hfi.AppHost;

/// <summary>
/// Once every resource is healthy, prints where things are: the dashboard (with its login token), the gateway's
/// endpoints, the RabbitMQ management UI and the folder of caught mail.
/// </summary>
internal sealed class ReadyBanner(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    IConfiguration configuration
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var watched = model
            .Resources.Where(resource => resource.TryGetAnnotationsOfType<HealthCheckAnnotation>(out _))
            .ToList();
        try
        {
            await Task.WhenAll(
                watched.Select(resource => notifications.WaitForResourceHealthyAsync(resource.Name, stoppingToken))
            );
        }
        catch (OperationCanceledException)
        {
            return;
        }

        var lines = new List<string> { "Everything is healthy." };
        if (DashboardUrl() is { } dashboard)
        {
            lines.Add($"  Dashboard: {dashboard}");
        }

        foreach (var project in model.Resources.OfType<ProjectResource>())
        {
            lines.AddRange(
                project
                    .Annotations.OfType<EndpointAnnotation>()
                    .Where(endpoint => endpoint.IsExternal && endpoint.AllocatedEndpoint is not null)
                    .OrderBy(endpoint => endpoint.Transport == "http2")
                    .Select(endpoint =>
                        $"  {project.Name} ({endpoint.Name}{(endpoint.Transport == "http2" ? ", HTTP/2 only: gRPC" : ", HTTP/1.1 and 2: browsers, REST")}): {endpoint.AllocatedEndpoint!.UriString}"
                    )
            );
        }

        foreach (
            var rabbitMq in model
                .Resources.OfType<RabbitMQServerResource>()
                .Where(resource => resource.ManagementPluginEnabled)
        )
        {
            lines.Add($"  RabbitMQ management ({rabbitMq.Name}, guest/guest): {rabbitMq.ManagementEndpoint.Url}");
        }

        foreach (var mail in model.Resources.OfType<MailCatcherResource>())
        {
            lines.Add($"  Caught mail ({mail.Name}), one file per message: {Path.Combine(mail.MaildirPath, "new")}");
        }

        await Console.Out.WriteLineAsync(string.Join(Environment.NewLine, lines));
    }

    /// <summary>
    /// The dashboard's address with the login token Aspire generated (null when the dashboard is off, as in tests).
    /// </summary>
    private string? DashboardUrl()
    {
        if (
            configuration.GetValue<bool>("DOTNET_DASHBOARD_DISABLED")
            || configuration["ASPNETCORE_URLS"] is not { Length: > 0 } urls
        )
        {
            return null;
        }

        var url = urls.Split(';')[0].TrimEnd('/');
        return configuration["AppHost:BrowserToken"] is { Length: > 0 } token ? $"{url}/login?t={token}" : url;
    }
}
