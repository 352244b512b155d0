namespace Hfi.Documents.Domain;

/// <summary>
/// One version of a document's file; its bytes live in the attachment store under <see cref="BlobId"/>.
/// </summary>
public sealed class AttachmentVersion
{
    public Guid Id { get; init; }
    public Guid AttachmentId { get; init; }
    public int Version { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long SizeBytes { get; init; }
    public required string Sha256 { get; init; }
    public Guid BlobId { get; init; }
    public required string UploadedBy { get; init; }
    public DateTimeOffset UploadedAt { get; init; }

    /// <summary>For a generated notice: the notice version it renders.</summary>
    public int? SourceVersion { get; init; }
}
