using Hfi.Documents.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hfi.Documents.Storage;

/// <summary>
/// Keeps each blob as fixed-size chunks in the attachment_chunks table, written as the upload arrives.
/// </summary>
internal sealed class PostgresAttachmentStore(DocumentsDataSource dataSource, IOptions<DocumentsOptions> options)
    : IAttachmentStore
{
    private readonly int _chunkBytes = options.Value.ChunkBytes;

    public async Task<IBlobWriter> CreateAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.Value.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return new PostgresBlobWriter(connection, transaction, _chunkBytes);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public Task<Stream> OpenReadAsync(Guid blobId, long length, CancellationToken cancellationToken) =>
        Task.FromResult<Stream>(new PostgresBlobReadStream(dataSource.Value, blobId, length));

    public async Task DeleteAsync(Guid blobId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Value.CreateCommand(
            """DELETE FROM attachment_chunks WHERE "BlobId" = $1"""
        );
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = blobId });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
