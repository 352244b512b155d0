using Hfi.Hosting.Processes;
using Npgsql;

namespace Hfi.Hosting.Servers;

/// <summary>
/// A throwaway PostgreSQL server for tests (the AppHost runs the same <see cref="PostgresCluster"/> as an Aspire
/// resource): trust authentication for the <c>postgres</c> superuser on 127.0.0.1.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string SuperUser = PostgresCluster.SuperUser;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly PostgresServerOptions _options;
    private readonly ChildProcess _process;
    private readonly RecentLines _recentOutput;

    private PostgresServer(PostgresServerOptions options, int port, ChildProcess process, RecentLines recentOutput)
    {
        _options = options;
        Port = port;
        _process = process;
        _recentOutput = recentOutput;
    }

    public int Port { get; }

    /// <summary>The postmaster's own PID.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Completes with the exit code when the server process has exited (stopped or crashed).</summary>
    public Task<int> Exited => _process.Exited;

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username={SuperUser}";

    public string GetConnectionString(string database) => $"{ConnectionString};Database={database}";

    public static async Task<PostgresServer> StartAsync(
        PostgresServerOptions options,
        Action<string>? log = null,
        CancellationToken ct = default
    )
    {
        var cluster = new PostgresCluster(Path.GetFullPath(options.DataDirectory));
        var recentOutput = new RecentLines(capacity: 20);
        void Log(string line)
        {
            recentOutput.Add(line);
            log?.Invoke(line);
        }

        await ServerProcessMarker.StopLeftoversAsync(cluster.Root, Posix.SigInt, Log);
        await cluster.PrepareAsync(options.Throwaway, Log, ct);

        var port = options.Port == 0 ? FreePort.Next() : options.Port;
        var process = ChildProcess.Start(cluster.Server(port, options.Throwaway).InOwnSession(), Log);
        var server = new PostgresServer(options with { DataDirectory = cluster.Root }, port, process, recentOutput);
        try
        {
            await server.WaitUntilAcceptingConnectionsAsync(ct);
            return server;
        }
        catch
        {
            await server.StopAsync();
            throw;
        }
    }

    public Task CreateDatabaseAsync(string database, CancellationToken ct = default) =>
        PostgresDatabases.CreateIfNotExistsAsync(ConnectionString, database, ct);

    /// <summary>
    /// Fast shutdown (SIGINT: roll back open transactions, checkpoint, exit); killed if it takes too long.
    /// </summary>
    public Task StopAsync() => _process.StopAsync(Posix.SigInt, StopTimeout);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        if (_options.Throwaway && Directory.Exists(_options.DataDirectory))
        {
            Directory.Delete(_options.DataDirectory, recursive: true);
        }
    }

    private async Task WaitUntilAcceptingConnectionsAsync(CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(StartTimeout);
        try
        {
            while (!await CanConnectAsync(timeout.Token))
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException(
                        $"postgres exited with code {await _process.Exited} while starting. Last output:{Environment.NewLine}{_recentOutput}"
                    );
                }

                await Task.Delay(100, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"postgres did not accept connections within {StartTimeout.TotalSeconds:0} s.");
        }
    }

    private async Task<bool> CanConnectAsync(CancellationToken ct)
    {
        var probe = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false, Timeout = 2 };
        try
        {
            await using var connection = new NpgsqlConnection(probe.ConnectionString);
            await connection.OpenAsync(ct);
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }
}
