using System.Buffers;
using System.Data;
using Npgsql;

namespace Hfi.Documents.Storage;

/// <summary>
/// Reads a blob chunk by chunk, holding one chunk in memory; seekable, so a ZIP's central directory can be read
/// without reading the whole file. The chunk size is the blob's own (its first chunk's length), so blobs written
/// before a change of the configured size stay readable.
/// </summary>
internal sealed class PostgresBlobReadStream(NpgsqlDataSource dataSource, Guid blobId, long length) : Stream
{
    private NpgsqlConnection? connection;
    private byte[]? chunk;
    private int chunkBytes;
    private int chunkLength;
    private int loadedIndex = -1;
    private long position;
    private bool disposed;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => position;
        set => position = value is >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        if (position >= length || destination.IsEmpty) return 0;
        if (chunk is null) await StartAsync(cancellationToken);
        var index = (int)(position / chunkBytes);
        if (index != loadedIndex) await LoadAsync(index, cancellationToken);

        var offset = (int)(position % chunkBytes);
        var count = Math.Min(destination.Length, chunkLength - offset);
        chunk!.AsMemory(offset, count).CopyTo(destination);
        position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // ZipArchive reads synchronously; it only touches the central directory at the end of the file.
    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => position + offset,
        _ => length + offset,
    };

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """SELECT length("Data") FROM attachment_chunks WHERE "BlobId" = $1 AND "ChunkIndex" = 0""", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = blobId });
        chunkBytes = await command.ExecuteScalarAsync(cancellationToken) as int? is > 0 and var size
            ? size
            : throw new InvalidDataException($"Blob {blobId} has no first chunk: the store is missing a file.");
        chunk = ArrayPool<byte>.Shared.Rent(chunkBytes);
    }

    private async Task LoadAsync(int index, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """SELECT "Data" FROM attachment_chunks WHERE "BlobId" = $1 AND "ChunkIndex" = $2""", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = blobId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = index });
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.SingleRow, cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            throw new InvalidDataException($"Blob {blobId} has no chunk {index}: the store is missing part of a file.");
        await using var data = await reader.GetStreamAsync(0, cancellationToken);
        chunkLength = await data.ReadAtLeastAsync(chunk!.AsMemory(0, chunkBytes), chunkBytes, throwOnEndOfStream: false, cancellationToken);
        loadedIndex = index;
    }

    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !disposed)
        {
            disposed = true;
            connection?.Dispose();
            connection = null;
            if (chunk is not null) ArrayPool<byte>.Shared.Return(chunk);
            chunk = null;
        }
        base.Dispose(disposing);
    }
}
