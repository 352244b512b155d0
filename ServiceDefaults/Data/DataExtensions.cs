using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hfi.ServiceDefaults.Data;

public static class DataExtensions
{
    /// <summary>
    /// The service's own Postgres database (connection string <paramref name="connectionName"/>), its health
    /// check, and its migrations applied at start-up by the service that owns it.
    /// </summary>
    public static IHostApplicationBuilder AddHfiDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetRequiredConnectionString(connectionName);
        // Interceptors come from the request's scope (the audit log saves its entry with the request's changes).
        builder.Services.AddDbContext<TContext>((services, options) => options
            .UseNpgsql(connectionString)
            .AddInterceptors(services.GetServices<ISaveChangesInterceptor>()));
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>(connectionName, tags: ["ready"]);
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        return builder;
    }
}
