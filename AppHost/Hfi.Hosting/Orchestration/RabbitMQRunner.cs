using Hfi.Hosting.ApplicationModel;
using Hfi.Hosting.Servers;

namespace Hfi.Hosting.Orchestration;

/// <summary>Runs our own RabbitMQ node (or uses an existing one).</summary>
internal sealed class RabbitMQRunner(RabbitMQServerResource resource, ResourceStatus status) : ResourceRunner(status)
{
    private const int DefaultAmqpPort = 5672;
    private RabbitMqServer? _server;
    private RabbitMqManagement? _management;
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
                _management = new RabbitMqManagement(new Uri(managementUrl));
            }
        }
        else
        {
            Status.Output("Using the existing node from configuration (ConnectionStrings).");
        }

        Status.SetEndpoints(endpoints);
        Status.SetState(ResourceState.Running);
    }

    /// <summary>The node accepts connections; on the way, the dashboard learns of messages parked in error queues.</summary>
    public override async Task<bool> CheckHealthAsync(CancellationToken cancellationToken)
    {
        if (!await PortProbe.IsAcceptingAsync(AmqpHost, AmqpPort, cancellationToken)) return false;
        if (_management is not null) await ReportParkedMessagesAsync(_management, cancellationToken);
        return true;
    }

    private async Task ReportParkedMessagesAsync(RabbitMqManagement management, CancellationToken cancellationToken)
    {
        try
        {
            Status.SetRunningMessage(ParkedText.Describe(await management.ParkedMessagesAsync(cancellationToken)));
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            // The management API is a window on the broker, not its health: the next probe asks again.
        }
    }

    public override async Task StopAsync()
    {
        _management?.Dispose();
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
