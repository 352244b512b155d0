using Hfi.Documents.Domain.Access;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Documents.Domain;

/// <summary>
/// A document of a meeting: an uploaded attachment (vedlegg) or a generated notice or minutes. Its access
/// (audience and public-records status) is the document's; its bytes are in versions, the newest first served.
/// </summary>
public sealed class Attachment : AggregateRoot
{
    private readonly List<AttachmentVersion> _versions = [];

    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public string? ArenaId { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; set; }
    public string? CaseNumber { get; set; }
    public required string Audience { get; set; }

    /// <summary>Null when the document is public; else the legal basis of its exemption.</summary>
    public string? ExemptionBasis { get; private set; }
    public int LatestVersion { get; private set; }
    public DateTimeOffset CreatedAt { get; init; }
    public IReadOnlyList<AttachmentVersion> Versions => _versions;

    public PublicAccess PublicAccess
    {
        get => ExemptionBasis is null ? PublicAccess.Public : PublicAccess.Exempt(ExemptionBasis);
        set => ExemptionBasis = value.ExemptionBasis;
    }

    /// <summary>
    /// An uploaded attachment can be withdrawn until its meeting's notice is out; from then on it is part of the
    /// record. Generated notices and minutes are always kept.
    /// </summary>
    public void EnsureWithdrawable(bool noticeIssued)
    {
        if (Kind != DocumentKinds.Attachment)
        {
            throw new InvalidStateException(
                Reasons.GeneratedDocumentIsRecord,
                $"'{Title}' is a generated {Kind}; generated documents are kept as the record."
            );
        }

        if (noticeIssued)
        {
            throw new InvalidStateException(
                Reasons.AttachmentIsRecord,
                $"The notice of the meeting is out, so '{Title}' is part of the record: upload a corrected version or narrow who may read it instead."
            );
        }
    }

    /// <summary>Adds the next version; earlier versions stay readable.</summary>
    public AttachmentVersion AddVersion(
        StoredFile file,
        string uploadedBy,
        DateTimeOffset uploadedAt,
        int? sourceVersion = null
    )
    {
        var version = new AttachmentVersion
        {
            Id = Guid.CreateVersion7(),
            AttachmentId = Id,
            Version = LatestVersion + 1,
            FileName = file.FileName,
            ContentType = file.ContentType,
            SizeBytes = file.SizeBytes,
            Sha256 = file.Sha256,
            BlobId = file.BlobId,
            UploadedBy = uploadedBy,
            UploadedAt = uploadedAt,
            SourceVersion = sourceVersion,
        };
        _versions.Add(version);
        LatestVersion = version.Version;
        return version;
    }

    /// <summary>Makes <paramref name="version"/> known to the document's audience in the arena's meeting.</summary>
    public void Publish(AttachmentVersion version, string arenaId) =>
        Raise(new DocumentPublishedDomainEvent(Id, MeetingId, arenaId, Kind, Title, Audience, version));
}

/// <summary>
/// A version of a document became available to its audience: the document's title and audience as they were then,
/// and the version (its file, when it was stored, and for a generated notice the notice version it renders).
/// </summary>
public sealed record DocumentPublishedDomainEvent(
    Guid DocumentId,
    Guid MeetingId,
    string ArenaId,
    string Kind,
    string Title,
    string Audience,
    AttachmentVersion Version
) : IDomainEvent
{
    public int? NoticeVersion => Kind == DocumentKinds.Notice ? Version.SourceVersion : null;
}
