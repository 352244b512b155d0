namespace Hfi.Documents.Domain;

/// <summary>One version of a file attached to a meeting (vedlegg); its bytes live in the attachment store.</summary>
public sealed class Attachment
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long SizeBytes { get; init; }
    public required string Sha256 { get; init; }
    public int Version { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
}
