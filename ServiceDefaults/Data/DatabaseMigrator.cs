using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hfi.ServiceDefaults.Data;

/// <summary>
/// Applies the owning service's migrations before it serves requests. EF Core takes a database lock while
/// migrating, so several instances starting together apply them once. A database that is not up yet is
/// waited for; after that the process fails and the orchestrator restarts it.
/// </summary>
internal sealed partial class DatabaseMigrator<TContext>(
    IServiceProvider services,
    ILogger<DatabaseMigrator<TContext>> logger
) : IHostedService
    where TContext : DbContext
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(60);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + WaitLimit;
        while (true)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                await db.Database.MigrateAsync(cancellationToken);
                LogMigrated(typeof(TContext).Name);
                return;
            }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException && DateTime.UtcNow < deadline)
            {
                LogWaiting(typeof(TContext).Name, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database of {Context} is migrated")]
    private partial void LogMigrated(string context);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for the database of {Context}: {Reason}")]
    private partial void LogWaiting(string context, string reason);
}
