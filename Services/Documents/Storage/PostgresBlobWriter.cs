using System.Buffers;
using Npgsql;

namespace Hfi.Documents.Storage;

/// <summary>Fills one chunk buffer and inserts it when full, all in one transaction so a broken upload leaves nothing.</summary>
internal sealed class PostgresBlobWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, int chunkBytes) : IBlobWriter
{
    private readonly byte[] buffer = ArrayPool<byte>.Shared.Rent(chunkBytes);
    private int buffered;
    private int chunkIndex;
    private bool committed;

    public Guid BlobId { get; } = Guid.CreateVersion7();

    public async Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        while (!bytes.IsEmpty)
        {
            var take = Math.Min(chunkBytes - buffered, bytes.Length);
            bytes[..take].CopyTo(buffer.AsMemory(buffered));
            buffered += take;
            bytes = bytes[take..];
            if (buffered == chunkBytes) await FlushAsync(cancellationToken);
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (buffered > 0 || chunkIndex == 0) await FlushAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        committed = true;
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """INSERT INTO attachment_chunks ("BlobId", "ChunkIndex", "Data") VALUES ($1, $2, $3)""", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = BlobId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = chunkIndex });
        command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>> { TypedValue = buffer.AsMemory(0, buffered) });
        await command.ExecuteNonQueryAsync(cancellationToken);
        chunkIndex++;
        buffered = 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!committed) await transaction.RollbackAsync();
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
