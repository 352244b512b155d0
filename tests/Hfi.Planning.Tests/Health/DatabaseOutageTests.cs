using System.Net;
using Hfi.Hosting.Servers;
using Hfi.Planning.Grpc;
using Hfi.ServiceDefaults;
using Hfi.Testing;

namespace Hfi.Planning.Tests.Health;

/// <summary>A service whose database goes away reports Unhealthy, and recovers by itself when it returns.</summary>
[Collection(PlanningCollection.Name)]
public sealed class DatabaseOutageTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(
        Path.GetTempPath(),
        "hfi-tests",
        $"outage-{Guid.NewGuid():N}"
    );
    private PostgresServer _postgres = null!;

    public async Task InitializeAsync() =>
        _postgres = await PostgresServer.StartAsync(new PostgresServerOptions(_dataDirectory, Throwaway: true));

    [Fact]
    public async Task Health_follows_the_database_down_and_back_up()
    {
        await _postgres.CreateDatabaseAsync(ResourceNames.PlanningDatabase);
        await using var factory = new ServiceFactory<PlanningService>([
            new(
                $"ConnectionStrings:{ResourceNames.PlanningDatabase}",
                _postgres.GetConnectionString(ResourceNames.PlanningDatabase)
            ),
            new($"ConnectionStrings:{ResourceNames.RabbitMq}", infrastructure.RabbitMq.ConnectionString),
        ]);
        using var client = factory.CreateRestClient();
        await Eventually.Get(
            () => client.GetAsync("/health"),
            r => r.StatusCode == HttpStatusCode.OK,
            "Planning to be healthy"
        );

        var port = _postgres.Port;
        await _postgres.StopAsync();
        var down = await Eventually.Get(
            () => client.GetAsync("/health"),
            r => r.StatusCode != HttpStatusCode.OK,
            "Planning to notice"
        );
        var report = await down.Content.ReadAsStringAsync();

        _postgres = await PostgresServer.StartAsync(new PostgresServerOptions(_dataDirectory, port, Throwaway: true));
        await Eventually.Get(
            () => client.GetAsync("/health"),
            r => r.StatusCode == HttpStatusCode.OK,
            "Planning to recover"
        );

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Contains($"\"{ResourceNames.PlanningDatabase}\":{{\"status\":\"Unhealthy\"", report);
    }

    public async Task DisposeAsync() => await _postgres.DisposeAsync();
}
