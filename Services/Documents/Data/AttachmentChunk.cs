namespace Hfi.Documents.Data;

/// <summary>One part of a stored file (see PostgresAttachmentStore).</summary>
internal sealed class AttachmentChunk
{
    public Guid BlobId { get; init; }
    public int ChunkIndex { get; init; }
    public required byte[] Data { get; init; }
}
