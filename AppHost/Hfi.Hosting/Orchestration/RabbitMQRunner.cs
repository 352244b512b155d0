using Hfi.Hosting.ApplicationModel;
using Hfi.Hosting.Servers;

namespace Hfi.Hosting.Orchestration;

/// <summary>Runs our own RabbitMQ node (or uses an existing one).</summary>
internal sealed class RabbitMQRunner(RabbitMQServerResource resource, ResourceStatus status) : ResourceRunner(status)
{
    private const int DefaultAmqpPort = 5672;
    private RabbitMqServer? _server;
    private Task _exitReport = Task.CompletedTask;

    /// <summary>The management UI's address once our node runs with the plugin on.</summary>
    public string? ManagementUrl => _server?.ManagementUrl;

    public override async Task StartAsync(CancellationToken stopping)
    {
        Status.SetState(ResourceState.Starting);
        List<ResourceEndpoint> endpoints = [new("amqp", $"amqp://{AmqpHost}:{AmqpPort}")];
        if (!resource.UsesExistingServer)
        {
            var throwaway = resource.DataDirectory is null;
            var dataDirectory = resource.DataDirectory ?? TemporaryDirectory.For(resource.Name);
            var options = new RabbitMqServerOptions(dataDirectory, resource.AmqpPort.Value, resource.ManagementPluginEnabled, throwaway);
            _server = await RabbitMqServer.StartAsync(options, Status.Output, stopping);
            Status.ProcessStarted(_server.ProcessId, isRestart: false);
            _exitReport = ReportUnexpectedExitAsync("RabbitMQ", _server.Exited, stopping);
            if (_server.ManagementUrl is { } managementUrl)
            {
                endpoints.Add(new ResourceEndpoint("management", managementUrl));
            }
        }
        else
        {
            Status.Output("Using the existing node from configuration (ConnectionStrings).");
        }

        Status.SetEndpoints(endpoints);
        Status.SetState(ResourceState.Running);
    }

    public override Task<bool> CheckHealthAsync(CancellationToken cancellationToken) =>
        PortProbe.IsAcceptingAsync(AmqpHost, AmqpPort, cancellationToken);

    public override async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            await _exitReport;
        }
    }

    private Uri AmqpUri => new(resource.GetConnectionString());

    private string AmqpHost => AmqpUri.Host;

    private int AmqpPort => AmqpUri.IsDefaultPort ? DefaultAmqpPort : AmqpUri.Port;
}
