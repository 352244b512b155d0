using System.Globalization;
using Hfi.Hosting.Processes;
using Hfi.Hosting.RabbitMQ;
using Hfi.Hosting.Servers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hfi.Hosting;

/// <summary>
/// <c>AddRabbitMQExecutable(name).WithDataDirectory(path).WithManagementPlugin()</c>: Aspire's RabbitMQ
/// programming model without a container. Ours only because these machines have no container engine.
/// </summary>
public static class RabbitMQBuilderExtensions
{
    /// <summary>
    /// Adds Debian's RabbitMQ as an executable node: AMQP on a port Aspire chooses, the Erlang distribution port
    /// and a port mapper (epmd) of its own, all on 127.0.0.1; healthy once AMQP (and the management API) answer.
    /// Its epmd is ended when the AppHost stops.
    /// </summary>
    public static IResourceBuilder<RabbitMQServerResource> AddRabbitMQExecutable(
        this IDistributedApplicationBuilder builder,
        string name
    )
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "hfi-aspire", name);
        var command = new RabbitMqLayout(dataDirectory).Server();
        var resource = new RabbitMQServerResource(name, command.FileName, dataDirectory);
        var healthCheck = builder.AddResourceHealthCheck($"{name}_check", () => new RabbitMQHealthCheck(resource));

        var node = builder
            .AddResource(resource)
            .WithEndpoint(
                name: RabbitMQServerResource.AmqpEndpointName,
                scheme: "amqp",
                env: RabbitMqLayout.AmqpPortVariable
            )
            .WithEndpoint(
                name: RabbitMQServerResource.DistributionEndpointName,
                scheme: "tcp",
                env: RabbitMqLayout.DistributionPortVariable,
                isProxied: false
            )
            .WithEndpoint(
                name: RabbitMQServerResource.PortMapperEndpointName,
                scheme: "tcp",
                env: RabbitMqLayout.PortMapperPortVariable,
                isProxied: false
            )
            .WithUrlForEndpoint(
                RabbitMQServerResource.DistributionEndpointName,
                url => url.DisplayLocation = UrlDisplayLocation.DetailsOnly
            )
            .WithUrlForEndpoint(
                RabbitMQServerResource.PortMapperEndpointName,
                url => url.DisplayLocation = UrlDisplayLocation.DetailsOnly
            )
            .WithArgs(context =>
            {
                foreach (var argument in new RabbitMqLayout(resource.DataDirectory).Server().Arguments)
                {
                    context.Args.Add(argument);
                }
            })
            .WithEnvironment(async context =>
            {
                var layout = new RabbitMqLayout(resource.DataDirectory);
                foreach (
                    var (variable, value) in layout.Environment(
                        await layout.ReadOrCreateNodeNameAsync(context.CancellationToken)
                    )
                )
                {
                    context.EnvironmentVariables[variable] = value ?? string.Empty;
                }

                if (resource.ManagementPluginEnabled)
                {
                    context.EnvironmentVariables["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] =
                        RabbitMqLayout.ErlangArguments(
                            resource.ManagementEndpoint.TargetPort?.ToString(CultureInfo.InvariantCulture)
                                ?? resource.ManagementEndpoint.Port.ToString(CultureInfo.InvariantCulture)
                        );
                }
            })
            .WithHealthCheck(healthCheck)
            .WithIconName("Mail");

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(
            resource,
            async (@event, ct) =>
            {
                var log = @event.Services.GetRequiredService<ResourceLoggerService>().GetLogger(resource);
                var layout = new RabbitMqLayout(resource.DataDirectory);
                await ServerProcessMarker.StopLeftoversAsync(
                    layout.Root,
                    Posix.SigTerm,
                    line => log.LogInformation("{Line}", line)
                );
                await layout.PrepareAsync(resource.ManagementPluginEnabled, ct);

                // The node starts an epmd of its own that outlives it: end it (and any straggler) once everything has stopped.
                var lifetime = @event.Services.GetRequiredService<IHostApplicationLifetime>();
                lifetime.ApplicationStopped.Register(() =>
                    RabbitMqPortMapper.StopAsync(resource).GetAwaiter().GetResult()
                );
            }
        );

        return node;
    }

    /// <summary>
    /// Keeps the node's data in <paramref name="path"/> (relative to the AppHost directory) between runs.
    /// </summary>
    public static IResourceBuilder<RabbitMQServerResource> WithDataDirectory(
        this IResourceBuilder<RabbitMQServerResource> builder,
        string path
    )
    {
        var fullPath = Path.GetFullPath(path, builder.ApplicationBuilder.AppHostDirectory);
        builder.Resource.DataDirectory = fullPath;
        return builder.WithWorkingDirectory(Path.Combine(fullPath, "home"));
    }

    /// <summary>
    /// Turns on the management API and UI (with the shovel plugin) on a port Aspire chooses, 127.0.0.1 only,
    /// shown on the resource; login guest/guest. Adds the operator commands that need it.
    /// </summary>
    public static IResourceBuilder<RabbitMQServerResource> WithManagementPlugin(
        this IResourceBuilder<RabbitMQServerResource> builder
    )
    {
        builder.Resource.ManagementPluginEnabled = true;
        return builder
            .WithHttpEndpoint(name: RabbitMQServerResource.ManagementEndpointName, isProxied: false)
            .WithUrlForEndpoint(
                RabbitMQServerResource.ManagementEndpointName,
                url => url.DisplayText = "Management (guest/guest)"
            )
            .WithErrorQueueCommands();
    }
}
