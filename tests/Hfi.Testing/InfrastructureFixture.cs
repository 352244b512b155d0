using Hfi.Hosting.Servers;
using Xunit;

namespace Hfi.Testing;

/// <summary>
/// A real, throwaway PostgreSQL server and RabbitMQ node on free ports for one test assembly, started with the
/// same code the AppHost uses. Each test class asks for its own database.
/// </summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "hfi-tests", Guid.NewGuid().ToString("N")[..12]);
    private int databaseCounter;

    public PostgresServer Postgres { get; private set; } = null!;
    public RabbitMqServer RabbitMq { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var postgres = PostgresServer.StartAsync(new PostgresServerOptions(Path.Combine(root, "postgres"), Throwaway: true));
        var rabbitMq = RabbitMqServer.StartAsync(new RabbitMqServerOptions(Path.Combine(root, "rabbitmq"), Throwaway: true));
        Postgres = await postgres;
        RabbitMq = await rabbitMq;
    }

    /// <summary>Creates a fresh database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Interlocked.Increment(ref databaseCounter)}";
        await Postgres.CreateDatabaseAsync(name);
        return Postgres.GetConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        await Task.WhenAll(
            RabbitMq is null ? Task.CompletedTask : RabbitMq.DisposeAsync().AsTask(),
            Postgres is null ? Task.CompletedTask : Postgres.DisposeAsync().AsTask());
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}
