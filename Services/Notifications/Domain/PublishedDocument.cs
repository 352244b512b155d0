namespace Hfi.Notifications.Domain;

/// <summary>
/// A notice or minutes PDF Documents has published: kept so a notice that arrives after it still links to it.
/// </summary>
public sealed class PublishedDocument
{
    public const string PdfMediaType = "application/pdf";

    public Guid DocumentId { get; init; }
    public Guid MeetingId { get; init; }
    public required string Kind { get; init; }
    public required string Audience { get; init; }
    public int? NoticeVersion { get; set; }
    public required string DownloadPath { get; set; }

    /// <summary>A newer version of the same document was published.</summary>
    public void Follow(PublishedDocument newer)
    {
        NoticeVersion = newer.NoticeVersion;
        DownloadPath = newer.DownloadPath;
    }

    /// <summary>
    /// Whether this is the PDF of <paramref name="notice"/> (the same meeting, kind, audience and version).
    /// </summary>
    public bool Completes(Notice notice) =>
        notice.MeetingId == MeetingId
        && notice.AwaitsDocumentKind == Kind
        && notice.Audience == Audience
        && (NoticeVersion is null || notice.NoticeVersion == NoticeVersion);
}
