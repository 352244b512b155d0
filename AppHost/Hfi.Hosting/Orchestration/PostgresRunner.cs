using Hfi.Hosting.ApplicationModel;
using Hfi.Hosting.Servers;
using Npgsql;

namespace Hfi.Hosting.Orchestration;

/// <summary>Runs our own PostgreSQL server (or uses an existing one) and creates the model's databases on it.</summary>
internal sealed class PostgresRunner(PostgresServerResource resource, ResourceStatus status) : ResourceRunner(status)
{
    private PostgresServer? _server;
    private Task _exitReport = Task.CompletedTask;

    public override async Task StartAsync(CancellationToken stopping)
    {
        Status.SetState(ResourceState.Starting);
        if (!resource.UsesExistingServer)
        {
            var throwaway = resource.DataDirectory is null;
            var dataDirectory = resource.DataDirectory ?? TemporaryDirectory.For(resource.Name);
            _server = await PostgresServer.StartAsync(
                new PostgresServerOptions(dataDirectory, resource.Port.Value, throwaway), Status.Output, stopping);
            Status.ProcessStarted(_server.ProcessId, isRestart: false);
            _exitReport = ReportUnexpectedExitAsync("postgres", _server.Exited, stopping);
        }
        else
        {
            Status.Output("Using the existing server from configuration (ConnectionStrings).");
        }

        var builder = new NpgsqlConnectionStringBuilder(resource.GetConnectionString());
        Status.SetEndpoints([new ResourceEndpoint("tcp", $"tcp://{builder.Host}:{builder.Port}")]);
        foreach (var database in resource.Databases)
        {
            await PostgresDatabases.CreateIfNotExistsAsync(resource.GetConnectionString(), database.DatabaseName, stopping);
            Status.Output($"Database '{database.DatabaseName}' is ready.");
        }

        Status.SetState(ResourceState.Running);
    }

    public override async Task<bool> CheckHealthAsync(CancellationToken cancellationToken)
    {
        var probe = new NpgsqlConnectionStringBuilder(resource.GetConnectionString()) { Pooling = false, Timeout = 3 };
        await using var connection = new NpgsqlConnection(probe.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        return await command.ExecuteScalarAsync(cancellationToken) is 1;
    }

    public override async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            await _exitReport;
        }
    }
}
