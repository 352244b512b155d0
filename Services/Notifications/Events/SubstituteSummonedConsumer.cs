using Hfi.Contracts;
using Hfi.Notifications.Data;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Wording;
using Hfi.ServiceDefaults.Domain;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Notifications.Events;

/// <summary>
/// Sends a substitute who accepted the notice version in force for their audience, linking its PDF (or waiting
/// for it, like any member's notice).
/// </summary>
public sealed class SubstituteSummonedConsumer(NotificationsDbContext db, NoticeIntake intake)
    : IConsumer<SubstituteSummoned>
{
    public async Task Consume(ConsumeContext<SubstituteSummoned> context)
    {
        var summons = context.Message;
        // Published after the notice it refers to, but through another queue: until that notice is here, the
        // consumer fails and the message is retried.
        var notice =
            await db
                .Notices.AsNoTracking()
                .SingleOrDefaultAsync(
                    n =>
                        n.MeetingId == summons.MeetingId
                        && n.Kind == NoticeKind.MeetingNotice
                        && n.Audience == summons.NoticeAudience
                        && n.NoticeVersion == summons.NoticeVersion,
                    context.CancellationToken
                )
            ?? throw new InvalidOperationException(
                $"Notice version {summons.NoticeVersion} ({summons.NoticeAudience}) of meeting {summons.MeetingId} has not been received yet."
            );

        var draft = new NoticeDraft(
            NoticeKind.SubstituteSummoned,
            summons.MeetingId,
            summons.ArenaId,
            summons.NoticeAudience,
            AudienceRule.OneVersionPerMember,
            summons.SummonedAt,
            summons.SummonedAt,
            SubstituteText.For(summons, notice)
        )
        {
            NoticeVersion = notice.NoticeVersion,
            MeetingTitle = notice.MeetingTitle,
            AwaitsDocumentKind = DocumentKinds.Notice,
            DocumentPath = notice.DocumentPath,
        };
        await intake.AcceptForAsync(
            context,
            nameof(SubstituteSummonedConsumer),
            draft,
            new Recipient(
                summons.SubstituteMemberId,
                summons.SubstituteName,
                summons.SubstituteEmail ?? string.Empty,
                summons.NoticeAudience == Audiences.MunicipalRepresentatives
            )
        );
    }
}
