namespace Hfi.Documents.Domain;

/// <summary>
/// A file whose bytes the attachment store holds: its safe name, type read from the bytes, size and SHA-256 (hex).
/// </summary>
public sealed record StoredFile(Guid BlobId, string FileName, string ContentType, long SizeBytes, string Sha256);
