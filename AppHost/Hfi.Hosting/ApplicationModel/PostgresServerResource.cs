namespace Hfi.Hosting.ApplicationModel;

/// <summary>A PostgreSQL server: one of our own, or an existing one named by <c>ConnectionStrings:&lt;name&gt;</c>.</summary>
public sealed class PostgresServerResource(string name) : IResourceWithConnectionString
{
    private readonly List<PostgresDatabaseResource> _databases = [];

    public string Name { get; } = name;

    /// <summary>Where our server keeps its data between runs; null runs a throwaway server in a temporary folder.</summary>
    public string? DataDirectory { get; internal set; }

    public AllocatedPort Port { get; } = new();

    /// <summary>The connection string configuration supplied for an existing server; we start no server then.</summary>
    public string? ExistingConnectionString { get; internal set; }

    public bool UsesExistingServer => ExistingConnectionString is not null;

    /// <summary>Databases created (if missing) once the server is up, before anything that waits for it starts.</summary>
    public IReadOnlyList<PostgresDatabaseResource> Databases => _databases;

    public string GetConnectionString() => ExistingConnectionString ?? $"Host=127.0.0.1;Port={Port.Value};Username=postgres";

    internal void AddDatabase(PostgresDatabaseResource database) => _databases.Add(database);
}
