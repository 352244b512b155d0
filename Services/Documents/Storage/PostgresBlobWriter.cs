using System.Buffers;
using Npgsql;

namespace Hfi.Documents.Storage;

/// <summary>
/// Fills one chunk buffer and inserts it when full, all in one transaction so a broken upload leaves nothing.
/// </summary>
internal sealed class PostgresBlobWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, int chunkBytes)
    : IBlobWriter
{
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(chunkBytes);
    private int _buffered;
    private int _chunkIndex;
    private bool _committed;

    public Guid BlobId { get; } = Guid.CreateVersion7();

    public async Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        while (!bytes.IsEmpty)
        {
            var take = Math.Min(chunkBytes - _buffered, bytes.Length);
            bytes[..take].CopyTo(_buffer.AsMemory(_buffered));
            _buffered += take;
            bytes = bytes[take..];
            if (_buffered == chunkBytes)
                await FlushAsync(cancellationToken);
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_buffered > 0 || _chunkIndex == 0)
            await FlushAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _committed = true;
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """INSERT INTO attachment_chunks ("BlobId", "ChunkIndex", "Data") VALUES ($1, $2, $3)""",
            connection,
            transaction
        );
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = BlobId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = _chunkIndex });
        command.Parameters.Add(
            new NpgsqlParameter<ReadOnlyMemory<byte>> { TypedValue = _buffer.AsMemory(0, _buffered) }
        );
        await command.ExecuteNonQueryAsync(cancellationToken);
        _chunkIndex++;
        _buffered = 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_committed)
            await transaction.RollbackAsync();
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
        ArrayPool<byte>.Shared.Return(_buffer);
    }
}
