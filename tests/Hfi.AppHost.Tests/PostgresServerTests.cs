using Hfi.Hosting.Servers;
using Npgsql;

namespace Hfi.AppHost.Tests;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task A_throwaway_server_serves_databases_restarts_on_its_data_and_leaves_nothing_behind()
    {
        var dataDirectory = TestDirectory.Create("postgres");
        var options = new PostgresServerOptions(dataDirectory, Throwaway: true);

        await using var first = await PostgresServer.StartAsync(options);
        Assert.Equal("postgres", ProcessTable.CommandName(first.ProcessId));
        await first.CreateDatabaseAsync("appdb");
        await first.CreateDatabaseAsync("appdb");
        Assert.Equal("appdb", await ScalarAsync(first.GetConnectionString("appdb"), "SELECT current_database()"));

        await first.StopAsync();
        Assert.False(ProcessTable.IsRunning(first.ProcessId));

        var second = await PostgresServer.StartAsync(options with { Port = first.Port });
        Assert.Equal(first.Port, second.Port);
        Assert.Equal(
            1L,
            await ScalarAsync(second.ConnectionString, "SELECT count(*) FROM pg_database WHERE datname = 'appdb'")
        );

        await second.DisposeAsync();
        Assert.False(ProcessTable.IsRunning(second.ProcessId));
        Assert.Empty(ProcessTable.ServingDataDirectory(dataDirectory));
        Assert.False(Directory.Exists(dataDirectory));
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
