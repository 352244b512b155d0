using Hfi.Hosting.Mail;
using Hfi.Hosting.Servers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hfi.Hosting;

/// <summary>
/// <c>AddMailCatcher(name).WithDataDirectory(path)</c>: a local SMTP sink as an executable resource (no container
/// engine here).
/// </summary>
public static class MailCatcherBuilderExtensions
{
    /// <summary>
    /// Adds the mail catcher (Mail/hfi_mailcatcher.py) on a port Aspire chooses; projects that reference it get
    /// <c>ConnectionStrings__&lt;name&gt;=smtp://127.0.0.1:port</c>. The resource shows its Maildir; healthy once it
    /// greets.
    /// </summary>
    public static IResourceBuilder<MailCatcherResource> AddMailCatcher(
        this IDistributedApplicationBuilder builder,
        string name
    )
    {
        var resource = new MailCatcherResource(
            name,
            SmtpSinkServer.Python,
            Path.Combine(Path.GetTempPath(), "hfi-aspire", name)
        );
        var healthCheck = builder.AddResourceHealthCheck($"{name}_check", () => new SmtpGreetingHealthCheck(resource));

        var mail = builder
            .AddResource(resource)
            .WithEndpoint(name: MailCatcherResource.SmtpEndpointName, scheme: "smtp")
            .WithArgs(context =>
            {
                var listen = ReferenceExpression.Create(
                    $"127.0.0.1:{resource.SmtpEndpoint.Property(EndpointProperty.TargetPort)}"
                );
                foreach (var argument in SmtpSinkServer.Arguments(listen, resource.MaildirPath))
                {
                    context.Args.Add(argument);
                }
            })
            .WithUrlForEndpoint(
                MailCatcherResource.SmtpEndpointName,
                url => url.DisplayLocation = UrlDisplayLocation.DetailsOnly
            )
            .WithHealthCheck(healthCheck)
            .WithIconName("MailInbox");

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(
            resource,
            async (@event, ct) =>
            {
                // A Maildir whole from the start (the catcher creates its folders too, once it runs).
                foreach (var folder in new[] { "tmp", "new", "cur" })
                {
                    Directory.CreateDirectory(Path.Combine(resource.MaildirPath, folder));
                }

                var notifications = @event.Services.GetRequiredService<ResourceNotificationService>();
                await notifications.PublishUpdateAsync(
                    resource,
                    snapshot =>
                        snapshot with
                        {
                            Properties =
                            [
                                .. snapshot.Properties.Where(p => p.Name != "maildir"),
                                new("maildir", Path.Combine(resource.MaildirPath, "new")),
                            ],
                        }
                );
            }
        );

        return mail;
    }

    /// <summary>
    /// Keeps the caught mail in <paramref name="path"/> (relative to the AppHost directory); messages land in its
    /// <c>maildir/new/</c>.
    /// </summary>
    public static IResourceBuilder<MailCatcherResource> WithDataDirectory(
        this IResourceBuilder<MailCatcherResource> builder,
        string path
    )
    {
        var fullPath = Path.GetFullPath(path, builder.ApplicationBuilder.AppHostDirectory);
        builder.Resource.DataDirectory = fullPath;
        return builder
            .WithWorkingDirectory(fullPath)
            .WithUrl($"file://{Path.Combine(builder.Resource.MaildirPath, "new")}", "Caught mail (Maildir)");
    }
}
