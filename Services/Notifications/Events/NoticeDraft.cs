using Hfi.Notifications.Domain;
using Hfi.Notifications.Wording;

namespace Hfi.Notifications.Events;

/// <summary>What a consumer makes of its event: the notice's text and whom it is for.</summary>
/// <param name="MembersOn">The day whose arena members are asked for (the meeting's day).</param>
/// <param name="AwaitsDocumentKind">The PDF ("notice", "minutes") the e-mail waits for, up to
/// Notifications:DocumentWait.</param>
public sealed record NoticeDraft(
    NoticeKind Kind,
    Guid? MeetingId,
    string ArenaId,
    string Audience,
    AudienceRule Rule,
    DateTimeOffset MembersOn,
    DateTimeOffset OccurredAt,
    NoticeText Text
)
{
    public int? NoticeVersion { get; init; }
    public string? MeetingTitle { get; init; }
    public string? AwaitsDocumentKind { get; init; }
    public string? DocumentPath { get; init; }
}
