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
    private NpgsqlConnection? _connection;
    private byte[]? _chunk;
    private int _chunkBytes;
    private int _chunkLength;
    private int _loadedIndex = -1;
    private long _position;
    private bool _disposed;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = value is >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override async ValueTask<int> ReadAsync(
        Memory<byte> destination,
        CancellationToken cancellationToken = default
    )
    {
        if (_position >= length || destination.IsEmpty)
            return 0;
        if (_chunk is null)
            await StartAsync(cancellationToken);
        var index = (int)(_position / _chunkBytes);
        if (index != _loadedIndex)
            await LoadAsync(index, cancellationToken);

        var offset = (int)(_position % _chunkBytes);
        var count = Math.Min(destination.Length, _chunkLength - offset);
        _chunk!.AsMemory(offset, count).CopyTo(destination);
        _position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // ZipArchive reads synchronously; it only touches the central directory at the end of the file.
    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override long Seek(long offset, SeekOrigin origin) =>
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => length + offset,
        };

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        _connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """SELECT length("Data") FROM attachment_chunks WHERE "BlobId" = $1 AND "ChunkIndex" = 0""",
            _connection
        );
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = blobId });
        _chunkBytes = await command.ExecuteScalarAsync(cancellationToken) as int? is > 0 and var size
            ? size
            : throw new InvalidDataException($"Blob {blobId} has no first chunk: the store is missing a file.");
        _chunk = ArrayPool<byte>.Shared.Rent(_chunkBytes);
    }

    private async Task LoadAsync(int index, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """SELECT "Data" FROM attachment_chunks WHERE "BlobId" = $1 AND "ChunkIndex" = $2""",
            _connection
        );
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = blobId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = index });
        await using var reader = await command.ExecuteReaderAsync(
            CommandBehavior.SequentialAccess | CommandBehavior.SingleRow,
            cancellationToken
        );
        if (!await reader.ReadAsync(cancellationToken))
            throw new InvalidDataException($"Blob {blobId} has no chunk {index}: the store is missing part of a file.");
        await using var data = await reader.GetStreamAsync(0, cancellationToken);
        _chunkLength = await data.ReadAtLeastAsync(
            _chunk!.AsMemory(0, _chunkBytes),
            _chunkBytes,
            throwOnEndOfStream: false,
            cancellationToken
        );
        _loadedIndex = index;
    }

    public override void Flush() { }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _connection?.Dispose();
            _connection = null;
            if (_chunk is not null)
                ArrayPool<byte>.Shared.Return(_chunk);
            _chunk = null;
        }
        base.Dispose(disposing);
    }
}
