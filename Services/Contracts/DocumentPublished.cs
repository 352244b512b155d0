namespace Hfi.Contracts;

/// <summary>A document became available to an audience: an attachment, or a generated notice or minutes.</summary>
public sealed record DocumentPublished
{
    public required Guid DocumentId { get; init; }
    public required Guid MeetingId { get; init; }
    public required string ArenaId { get; init; }

    /// <summary>"attachment", "notice" or "minutes".</summary>
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public required string Audience { get; init; }

    /// <summary>Gateway-relative path to download it, e.g. "/api/documents/files/{id}".</summary>
    public required string DownloadPath { get; init; }

    /// <summary>For a generated notice: the notice version it renders.</summary>
    public int? NoticeVersion { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }
}
