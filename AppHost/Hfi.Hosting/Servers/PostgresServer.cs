using Hfi.Hosting.Processes;
using Npgsql;

namespace Hfi.Hosting.Servers;

/// <summary>
/// A PostgreSQL server of our own: initdb on first start, then <c>postgres</c> in the foreground on
/// 127.0.0.1 with trust authentication for the <c>postgres</c> superuser. Runs as the postgres user when we are root.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string SuperUser = "postgres";
    private static readonly ServiceAccount Account = new("postgres");
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
        PostgresServerOptions options, Action<string>? log = null, CancellationToken ct = default)
    {
        var layout = new PostgresLayout(Path.GetFullPath(options.DataDirectory));
        var recentOutput = new RecentLines(capacity: 20);
        void Log(string line)
        {
            recentOutput.Add(line);
            log?.Invoke(line);
        }

        await PrepareDirectoriesAsync(layout, ct);
        await ServerProcessMarker.StopLeftoversAsync(layout.Root, Posix.SigInt, Log);
        if (!layout.IsInitialised)
        {
            await InitialiseClusterAsync(layout, options.Throwaway, Log, ct);
        }

        var port = options.Port == 0 ? FreePort.Next() : options.Port;
        var process = ChildProcess.Start(ServerProcess(layout, port, options.Throwaway), Log);
        var server = new PostgresServer(options with { DataDirectory = layout.Root }, port, process, recentOutput);
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

    /// <summary>Fast shutdown (SIGINT: roll back open transactions, checkpoint, exit); killed if it takes too long.</summary>
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

    private static async Task PrepareDirectoriesAsync(PostgresLayout layout, CancellationToken ct)
    {
        Directory.CreateDirectory(layout.Root);
        Directory.CreateDirectory(layout.SocketDirectory);
        await Account.TakeOwnershipAsync([layout.Root], ct);
    }

    private static async Task InitialiseClusterAsync(PostgresLayout layout, bool throwaway, Action<string> log, CancellationToken ct)
    {
        log($"Initialising a new cluster in {layout.ClusterDirectory}");
        List<string> arguments =
            ["-D", layout.ClusterDirectory, "-U", SuperUser, "--auth=trust", "-E", "UTF8", "--no-locale"];
        if (throwaway)
        {
            arguments.Add("--no-sync");
        }

        var initDb = new ProcessSpec(PostgresBinaries.InitDb, arguments) { WorkingDirectory = layout.Root }.As(Account);
        await Command.RunAsync(initDb, TimeSpan.FromMinutes(2), ct, log);
    }

    private static ProcessSpec ServerProcess(PostgresLayout layout, int port, bool throwaway)
    {
        List<string> arguments =
        [
            "-D", layout.ClusterDirectory,
            "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-k", layout.SocketDirectory,
            "-c", "listen_addresses=127.0.0.1",
        ];
        if (throwaway)
        {
            arguments.AddRange(["-c", "fsync=off"]);
        }

        return new ProcessSpec(PostgresBinaries.Postgres, arguments)
            {
                WorkingDirectory = layout.Root,
                Environment = ServerProcessMarker.Variables(layout.Root),
            }
            .As(Account)
            .InOwnSession();
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
                        $"postgres exited with code {await _process.Exited} while starting. Last output:{Environment.NewLine}{_recentOutput}");
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

    /// <summary>The data directory: the cluster itself, and a folder for the Unix socket.</summary>
    private sealed record PostgresLayout(string Root)
    {
        public string ClusterDirectory => Path.Combine(Root, "cluster");

        public string SocketDirectory => Path.Combine(Root, "run");

        public bool IsInitialised => File.Exists(Path.Combine(ClusterDirectory, "PG_VERSION"));
    }
}
