using Hfi.Documents.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hfi.Documents.Storage;

/// <summary>
/// Deletes stored bytes that no document version refers to: what is left when a file was stored but its
/// document could not be saved (a crash in between, or a consumer's transaction rolled back).
/// </summary>
internal sealed partial class OrphanedBlobSweeper(
    DocumentsDataSource dataSource,
    IOptions<DocumentsOptions> options,
    TimeProvider clock,
    ILogger<OrphanedBlobSweeper> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var gracePeriod = options.Value.OrphanGracePeriod;
        using var timer = new PeriodicTimer(gracePeriod, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var deleted = await SweepAsync(clock.GetUtcNow() - gracePeriod, stoppingToken);
                if (deleted > 0)
                    LogSwept(deleted);
            }
            catch (NpgsqlException error)
            {
                LogSweepFailed(error);
            }
        }
    }

    /// <summary>
    /// Deletes the chunks of unreferenced blobs created before <paramref name="createdBefore"/>; returns how many
    /// chunks went.
    /// </summary>
    public async Task<int> SweepAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken)
    {
        // Blob ids are UUIDv7, ordered by their creation time, so "created before" is a comparison with an id of that time.
        await using var command = dataSource.Value.CreateCommand(
            """
            DELETE FROM attachment_chunks c
            WHERE c."BlobId" < $1
              AND NOT EXISTS (SELECT 1 FROM attachment_versions v WHERE v."BlobId" = c."BlobId")
            """
        );
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = Guid.CreateVersion7(createdBefore) });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Deleted {Chunks} chunks of stored files no document refers to."
    )]
    private partial void LogSwept(int chunks);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Could not delete stored files no document refers to; trying again later."
    )]
    private partial void LogSweepFailed(Exception error);
}
