namespace Hfi.Documents.Storage;

/// <summary>
/// Where the bytes of documents live. Postgres by default; the shape (write in parts, commit, read with seeking)
/// also fits an S3-compatible store's multipart upload and ranged reads.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>
    /// Starts a new blob. Nothing is visible until <see cref="IBlobWriter.CommitAsync"/>; disposing without it discards
    /// the parts.
    /// </summary>
    Task<IBlobWriter> CreateAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A seekable, read-only stream over a committed blob of <paramref name="length"/> bytes, reading one part at a
    /// time.
    /// </summary>
    Task<Stream> OpenReadAsync(Guid blobId, long length, CancellationToken cancellationToken);

    Task DeleteAsync(Guid blobId, CancellationToken cancellationToken);
}

public interface IBlobWriter : IAsyncDisposable
{
    Guid BlobId { get; }

    Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}
