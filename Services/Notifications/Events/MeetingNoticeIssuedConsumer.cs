using Hfi.Contracts;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Wording;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;
using MassTransit;

namespace Hfi.Notifications.Events;

/// <summary>
/// The notice (innkalling) to the members who are to receive this audience's version, with its PDF when it comes.
/// </summary>
public sealed class MeetingNoticeIssuedConsumer(NoticeIntake intake) : IConsumer<MeetingNoticeIssued>
{
    public Task Consume(ConsumeContext<MeetingNoticeIssued> context)
    {
        var notice = context.Message;
        return intake.AcceptAsync(
            context,
            nameof(MeetingNoticeIssuedConsumer),
            new NoticeDraft(
                NoticeKind.MeetingNotice,
                notice.MeetingId,
                notice.ArenaId,
                notice.Audience,
                AudienceRule.OneVersionPerMember,
                notice.StartsAt,
                notice.IssuedAt,
                NoticeText.For(notice)
            )
            {
                NoticeVersion = notice.NoticeVersion,
                MeetingTitle = $"{notice.Title}, {NorwegianText.Date(notice.StartsAt)}",
                AwaitsDocumentKind = DocumentKinds.Notice,
            }
        );
    }
}
