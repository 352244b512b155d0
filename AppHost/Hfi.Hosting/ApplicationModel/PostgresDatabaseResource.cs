using Npgsql;

namespace Hfi.Hosting.ApplicationModel;

/// <summary>A database on a <see cref="PostgresServerResource"/>.</summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource server)
    : IResourceWithConnectionString, IResourceWithParent
{
    public string Name { get; } = name;

    public string DatabaseName { get; } = databaseName;

    public PostgresServerResource Server { get; } = server;

    public IResource Parent => Server;

    public string GetConnectionString() =>
        Server.ExistingConnectionString is { } existing
            ? new NpgsqlConnectionStringBuilder(existing) { Database = DatabaseName }.ConnectionString
            : $"{Server.GetConnectionString()};Database={DatabaseName}";
}
