using Hfi.Hosting.Postgres;
using Hfi.Hosting.Processes;
using Hfi.Hosting.Servers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Hfi.Hosting;

/// <summary>
/// <c>AddPostgresExecutable(name).WithDataDirectory(path).AddDatabase("planningdb")</c>: Aspire's Postgres
/// programming model without a container. Ours only because these machines have no container engine.
/// </summary>
public static class PostgresBuilderExtensions
{
    /// <summary>
    /// Adds Debian's PostgreSQL as an executable: initdb on first start (BeforeResourceStarted), a port chosen by
    /// Aspire (PGPORT), a health check that opens a connection, and the databases created once it is healthy.
    /// </summary>
    public static IResourceBuilder<PostgresServerResource> AddPostgresExecutable(
        this IDistributedApplicationBuilder builder,
        string name
    )
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "hfi-aspire", name);
        var placeholder = new PostgresCluster(dataDirectory).Server(port: null, throwaway: false);
        var resource = new PostgresServerResource(name, placeholder.FileName, dataDirectory);
        var healthCheck = builder.AddResourceHealthCheck(
            $"{name}_check",
            () => new PostgresHealthCheck(resource.ConnectionStringExpression)
        );

        var server = builder
            .AddResource(resource)
            .WithEndpoint(name: PostgresServerResource.EndpointName, scheme: "tcp", env: "PGPORT")
            .WithArgs(context =>
            {
                foreach (
                    var argument in new PostgresCluster(resource.DataDirectory)
                        .Server(port: null, throwaway: false)
                        .Arguments
                )
                {
                    context.Args.Add(argument);
                }
            })
            .WithEnvironment(context =>
            {
                foreach (var (variable, value) in ServerProcessMarker.Variables(resource.DataDirectory))
                {
                    context.EnvironmentVariables[variable] = value ?? string.Empty;
                }
            })
            .WithHealthCheck(healthCheck)
            .WithIconName("Database");

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(
            resource,
            async (@event, ct) =>
            {
                var log = @event.Services.GetRequiredService<ResourceLoggerService>().GetLogger(resource);
                var cluster = new PostgresCluster(resource.DataDirectory);
                await ServerProcessMarker.StopLeftoversAsync(
                    cluster.Root,
                    Posix.SigInt,
                    line => log.LogInformation("{Line}", line)
                );
                await cluster.PrepareAsync(throwaway: false, line => log.LogInformation("{Line}", line), ct);
            }
        );

        builder.Eventing.Subscribe<ResourceReadyEvent>(
            resource,
            async (@event, ct) =>
            {
                var connectionString = await resource.ConnectionStringExpression.GetValueAsync(ct);
                var notifications = @event.Services.GetRequiredService<ResourceNotificationService>();
                foreach (var database in resource.Databases)
                {
                    await PostgresDatabases.CreateIfNotExistsAsync(connectionString!, database.DatabaseName, ct);
                    await notifications.PublishUpdateAsync(
                        database,
                        snapshot =>
                            snapshot with
                            {
                                State = KnownResourceStates.Running,
                                StartTimeStamp = DateTime.UtcNow,
                            }
                    );
                }
            }
        );

        return server;
    }

    /// <summary>
    /// Keeps the cluster in <paramref name="path"/> (relative to the AppHost directory) between runs.
    /// </summary>
    public static IResourceBuilder<PostgresServerResource> WithDataDirectory(
        this IResourceBuilder<PostgresServerResource> builder,
        string path
    )
    {
        var fullPath = Path.GetFullPath(path, builder.ApplicationBuilder.AppHostDirectory);
        builder.Resource.DataDirectory = fullPath;
        return builder.WithWorkingDirectory(fullPath);
    }

    /// <summary>
    /// A database (named like the resource unless told otherwise), created on the server's first start.
    /// </summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<PostgresServerResource> builder,
        string name,
        string? databaseName = null
    )
    {
        var database = new PostgresDatabaseResource(name, databaseName ?? name, builder.Resource);
        builder.Resource.AddDatabase(database);
        var healthCheck = builder.ApplicationBuilder.AddResourceHealthCheck(
            $"{name}_check",
            () => new PostgresHealthCheck(database.ConnectionStringExpression)
        );
        return builder
            .ApplicationBuilder.AddResource(database)
            .WithHealthCheck(healthCheck)
            .WithIconName("DatabaseStack")
            .WithInitialState(
                new CustomResourceSnapshot
                {
                    ResourceType = "PostgresDatabase",
                    State = KnownResourceStates.NotStarted,
                    Properties = [new("database", database.DatabaseName)],
                }
            );
    }
}
