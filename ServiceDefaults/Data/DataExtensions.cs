using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hfi.ServiceDefaults.Data;

public static class DataExtensions
{
    /// <summary>
    /// The service's own Postgres database (connection string <paramref name="connectionName"/>), enriched by
    /// Aspire's Npgsql EF Core integration (health check, tracing, metrics, command timeout), and its migrations
    /// applied at start-up by the service that owns it.
    /// </summary>
    public static IHostApplicationBuilder AddHfiDatabase<TContext>(
        this IHostApplicationBuilder builder,
        string connectionName
    )
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetRequiredConnectionString(connectionName);
        // Interceptors come from the request's scope (the audit log saves its entry with the request's changes).
        builder.Services.AddDbContext<TContext>(
            (services, options) =>
                options.UseNpgsql(connectionString).AddInterceptors(services.GetServices<ISaveChangesInterceptor>())
        );
        // Not Aspire's AddNpgsqlDbContext: it pools contexts, and the audit interceptor belongs to the request's scope.
        // No retrying execution strategy: the outbox, the inbox and the stores open their own transactions, which
        // it refuses; a failed message is retried by MassTransit, a failed request by its caller.
        // Our own health check instead of Aspire's: /health names it after the database, as the AppHost does.
        builder.EnrichNpgsqlDbContext<TContext>(settings =>
        {
            settings.DisableRetry = true;
            settings.DisableHealthChecks = true;
        });
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>(connectionName, tags: ["ready"]);
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        return builder;
    }
}
