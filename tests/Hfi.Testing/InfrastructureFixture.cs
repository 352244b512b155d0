using Hfi.Hosting.Servers;
using Hfi.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Hfi.Testing;

/// <summary>
/// A real, throwaway PostgreSQL server and RabbitMQ node on free ports for one test assembly, started with the
/// same code the AppHost uses. Each test class asks for its own database.
/// </summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "hfi-tests", Guid.NewGuid().ToString("N")[..12]);
    private int _databaseCounter;

    public PostgresServer Postgres { get; private set; } = null!;
    public RabbitMqServer RabbitMq { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var postgres = PostgresServer.StartAsync(
            new PostgresServerOptions(Path.Combine(_root, "postgres"), Throwaway: true)
        );
        var rabbitMq = RabbitMqServer.StartAsync(
            new RabbitMqServerOptions(Path.Combine(_root, "rabbitmq"), Throwaway: true)
        );
        Postgres = await postgres;
        RabbitMq = await rabbitMq;
    }

    /// <summary>Creates a fresh database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Interlocked.Increment(ref _databaseCounter)}";
        await Postgres.CreateDatabaseAsync(name);
        return Postgres.GetConnectionString(name);
    }

    /// <summary>
    /// Hosts a service in memory on its own fresh database (connection string <paramref name="databaseName"/>)
    /// and the assembly's broker, with any further settings.
    /// </summary>
    public async Task<ServiceFactory<TEntryPoint>> StartServiceAsync<TEntryPoint>(
        string databaseName,
        IEnumerable<KeyValuePair<string, string?>>? settings = null,
        Action<IServiceCollection>? configureServices = null
    )
        where TEntryPoint : class
    {
        var database = await CreateDatabaseAsync(databaseName);
        var factory = new ServiceFactory<TEntryPoint>(
            [
                new($"ConnectionStrings:{databaseName}", database),
                new($"ConnectionStrings:{ResourceNames.RabbitMq}", RabbitMq.ConnectionString),
                .. settings ?? [],
            ],
            configureServices
        );
        _ = factory.Server;
        return factory;
    }

    public async Task DisposeAsync()
    {
        await Task.WhenAll(
            RabbitMq is null ? Task.CompletedTask : RabbitMq.DisposeAsync().AsTask(),
            Postgres is null ? Task.CompletedTask : Postgres.DisposeAsync().AsTask()
        );
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }
}
