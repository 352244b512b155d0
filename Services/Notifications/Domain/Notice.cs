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
    SubstituteReleased = 9,
}

/// <summary>Why a person got a message (numbers match the proto enum).</summary>
public enum DeliveryPurpose
{
    Notice = 1,
    UpdatedNotice = 2,
    AgendaChanged = 3,
    MeetingRescheduled = 4,
    MeetingCancelled = 5,
    AttachmentPublished = 6,
    Minutes = 7,
    SubstituteRequest = 8,
    SubstituteNotice = 9,
    SubstituteReleased = 10,
}

/// <summary>
/// One message to the members, made from one integration event (its id is the event's id): the text every
/// recipient gets, and the document it links to once known. Its deliveries say who got it.
/// </summary>
/// <remarks>
/// The notice is saved when its event arrives; who receives it is looked up in Planning afterwards, so a
/// notice issued while Planning is down waits, visibly, instead of being lost with its event.
/// </remarks>
public sealed class Notice
{
    public const int MaxSubjectLength = 300;
    public const int MaxLookupErrorLength = 1000;

    public Guid Id { get; init; }
    public NoticeKind Kind { get; init; }
    public Guid? MeetingId { get; init; }
    public required string ArenaId { get; init; }
    public required string Audience { get; init; }
    public int? NoticeVersion { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// When the publishing service says it happened (the notice's IssuedAt, the minutes' ApprovedAt, …).
    /// </summary>
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The meeting as later notices about it name it: "Partnerskapsmøtet, torsdag 17. oktober 2024".</summary>
    public string? MeetingTitle { get; init; }

    /// <summary>
    /// Gateway-relative path of the document the notice is about (its PDF), once Documents has published it.
    /// </summary>
    public string? DocumentPath { get; set; }

    /// <summary>The document kind whose publication completes this notice ("notice", "minutes"), if any.</summary>
    public string? AwaitsDocumentKind { get; init; }

    /// <summary>
    /// Who among the arena's members on <see cref="MembersOn"/> receive it (unless it is for one named member).
    /// </summary>
    public AudienceRule Rule { get; init; }

    /// <summary>The day whose arena members are asked for (the meeting's day).</summary>
    public DateTimeOffset MembersOn { get; init; }

    /// <summary>
    /// A notice for one named member (a substitute); when the event gave no address, Planning is asked for it.
    /// </summary>
    public string? RecipientMemberId { get; init; }

    /// <summary>
    /// When the recipients were known and their deliveries created; until then the notice waits for Planning.
    /// </summary>
    public DateTimeOffset? RecipientsKnownAt { get; private set; }

    public int RecipientCount { get; private set; }

    public int LookupAttempts { get; private set; }

    /// <summary>When Planning is asked (again) for the recipients; null once they are known.</summary>
    public DateTimeOffset? NextLookupAt { get; private set; }

    /// <summary>Why the last lookup failed, for the secretariat's delivery log.</summary>
    public string? LookupError { get; private set; }

    /// <summary>
    /// The W3C trace parent of the event's consumption: the lookup and every e-mail continue that trace.
    /// </summary>
    public string? TraceParent { get; init; }

    /// <summary>
    /// Whether the notice goes out by e-mail as well as to the inbox. A changed agenda is told in the inbox only: the
    /// updated notice that follows is the one e-mail a change gives each person.
    /// </summary>
    public bool IsEmailed => Kind != NoticeKind.AgendaChanged;

    /// <summary>What the notice's deliveries are for, as the delivery log labels them.</summary>
    public DeliveryPurpose Purpose =>
        Kind switch
        {
            NoticeKind.MeetingNotice => NoticeVersion > 1 ? DeliveryPurpose.UpdatedNotice : DeliveryPurpose.Notice,
            NoticeKind.AgendaChanged => DeliveryPurpose.AgendaChanged,
            NoticeKind.MeetingRescheduled => DeliveryPurpose.MeetingRescheduled,
            NoticeKind.MeetingCancelled => DeliveryPurpose.MeetingCancelled,
            NoticeKind.DocumentPublished => DeliveryPurpose.AttachmentPublished,
            NoticeKind.MinutesApproved => DeliveryPurpose.Minutes,
            NoticeKind.SubstituteAsked => DeliveryPurpose.SubstituteRequest,
            NoticeKind.SubstituteSummoned => DeliveryPurpose.SubstituteNotice,
            NoticeKind.SubstituteReleased => DeliveryPurpose.SubstituteReleased,
            _ => throw new InvalidOperationException($"No purpose for notice kind {Kind}."),
        };

    /// <summary>A new notice whose recipients are yet to be looked up, at once.</summary>
    public void AwaitRecipients(DateTimeOffset now) => NextLookupAt = now;

    public void RecordRecipients(int count, DateTimeOffset now)
    {
        RecipientCount = count;
        RecipientsKnownAt = now;
        NextLookupAt = null;
        LookupError = null;
    }

    /// <summary>Planning could not name the recipients: asked again after a backoff, for as long as it takes.</summary>
    public void RecordLookupFailure(string error, DateTimeOffset now, RetryPolicy policy)
    {
        LookupAttempts++;
        LookupError = error.Length > MaxLookupErrorLength ? error[..MaxLookupErrorLength] : error;
        NextLookupAt = now + policy.DelayAfter(LookupAttempts);
    }

    /// <summary>
    /// When its e-mails may go: at once, or, while the PDF they carry is not yet published, when the wait for it
    /// (counted from the notice's arrival) is over.
    /// </summary>
    public DateTimeOffset EmailsFrom(DateTimeOffset now, TimeSpan documentWait) =>
        AwaitsDocumentKind is not null && DocumentPath is null && CreatedAt + documentWait > now
            ? CreatedAt + documentWait
            : now;
}
