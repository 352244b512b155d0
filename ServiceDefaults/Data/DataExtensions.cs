using Microsoft.EntityFrameworkCore;
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
        builder.Services.AddDbContext<TContext>(options => options.UseNpgsql(connectionString));
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>(connectionName, tags: ["ready"]);
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        return builder;
    }
}
