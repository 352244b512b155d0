namespace Hfi.Notifications.Domain;

/// <summary>What a notice is about (numbers match the proto enum).</summary>
public enum NoticeKind
{
    MeetingNotice = 1,
    AgendaChanged = 2,
    MeetingRescheduled = 3,
    MeetingCancelled = 4,
    DocumentPublished = 5,
    MinutesApproved = 6,
    SubstituteAsked = 7,
    SubstituteSummoned = 8,
}

/// <summary>
/// One message to the members, made from one integration event (its id is the event's id): the text every
/// recipient gets, and the document it links to once known. Its deliveries say who got it.
/// </summary>
public sealed class Notice
{
    public const int MaxSubjectLength = 300;

    public Guid Id { get; init; }
    public NoticeKind Kind { get; init; }
    public Guid? MeetingId { get; init; }
    public required string ArenaId { get; init; }
    public required string Audience { get; init; }
    public int? NoticeVersion { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the publishing service says it happened (the notice's IssuedAt, the minutes' ApprovedAt, …).</summary>
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The meeting as later notices about it name it: "Partnerskapsmøtet, torsdag 17. oktober 2024".</summary>
    public string? MeetingTitle { get; init; }

    /// <summary>Gateway-relative path of the document the notice is about (its PDF), once Documents has published it.</summary>
    public string? DocumentPath { get; set; }

    /// <summary>The document kind whose publication completes this notice ("notice", "minutes"), if any.</summary>
    public string? AwaitsDocumentKind { get; init; }

    public int RecipientCount { get; init; }
}
