using Hfi.Hosting.ApplicationModel;

namespace Hfi.Hosting;

public static class PostgresBuilderExtensions
{
    /// <summary>
    /// Adds a PostgreSQL server. Unless configuration has <c>ConnectionStrings:&lt;name&gt;</c> (then that existing
    /// server is used), the AppHost runs one of its own on a free port; throwaway unless given a data directory.
    /// </summary>
    public static IResourceBuilder<PostgresServerResource> AddPostgres(this IDistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new PostgresServerResource(name));

    /// <summary>Keeps the server's data in <paramref name="path"/> (relative to the AppHost directory) between runs.</summary>
    public static IResourceBuilder<PostgresServerResource> WithDataDirectory(
        this IResourceBuilder<PostgresServerResource> builder, string path)
    {
        builder.Resource.DataDirectory = Path.GetFullPath(path, builder.ApplicationBuilder.AppHostDirectory);
        return builder;
    }

    /// <summary>Adds a database, created if missing before anything waiting for the server starts.</summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<PostgresServerResource> builder, string name, string? databaseName = null)
    {
        var database = new PostgresDatabaseResource(name, databaseName ?? name, builder.Resource);
        builder.Resource.AddDatabase(database);
        return new ResourceBuilder<PostgresDatabaseResource>(database, builder.ApplicationBuilder);
    }
}
