using System.Globalization;
using Hfi.Hosting.Processes;

namespace Hfi.Hosting.Servers;

/// <summary>
/// One PostgreSQL cluster in a data folder: its layout, initdb on first start and the server's command line,
/// shared by the AppHost's executable resource and the tests' throwaway servers. Runs as the postgres user
/// when we are root (postgres refuses root).
/// </summary>
internal sealed record PostgresCluster(string Root)
{
    public const string SuperUser = "postgres";
    public static readonly ServiceAccount Account = new("postgres");

    public string ClusterDirectory => Path.Combine(Root, "cluster");

    public string SocketDirectory => Path.Combine(Root, "run");

    public bool IsInitialised => File.Exists(Path.Combine(ClusterDirectory, "PG_VERSION"));

    /// <summary>
    /// Creates the folders (owned by the postgres user) and the cluster itself if it does not exist yet.
    /// </summary>
    public async Task PrepareAsync(bool throwaway, Action<string> log, CancellationToken ct)
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(SocketDirectory);
        await Account.TakeOwnershipAsync([Root], ct);
        if (IsInitialised)
        {
            return;
        }

        log($"Initialising a new cluster in {ClusterDirectory}");
        List<string> arguments = ["-D", ClusterDirectory, "-U", SuperUser, "--auth=trust", "-E", "UTF8", "--no-locale"];
        if (throwaway)
        {
            arguments.Add("--no-sync");
        }

        var initDb = new ProcessSpec(PostgresBinaries.InitDb, arguments) { WorkingDirectory = Root }.As(Account);
        await Command.RunAsync(initDb, TimeSpan.FromMinutes(2), ct, log);
    }

    /// <summary>
    /// postgres in the foreground on 127.0.0.1 only; the port comes from <paramref name="port"/> or, when null,
    /// from the PGPORT variable (how Aspire hands it over). SIGINT or SIGTERM stops it cleanly.
    /// </summary>
    public ProcessSpec Server(int? port, bool throwaway)
    {
        List<string> arguments = ["-D", ClusterDirectory, "-k", SocketDirectory, "-c", "listen_addresses=127.0.0.1"];
        if (port is { } fixedPort)
        {
            arguments.AddRange(["-p", fixedPort.ToString(CultureInfo.InvariantCulture)]);
        }

        if (throwaway)
        {
            // A test assembly hosts many services at once, each with its own connection pool.
            arguments.AddRange(["-c", "fsync=off", "-c", "max_connections=400"]);
        }

        return new ProcessSpec(PostgresBinaries.Postgres, arguments)
        {
            WorkingDirectory = Root,
            Environment = ServerProcessMarker.Variables(Root),
        }.As(Account);
    }
}
