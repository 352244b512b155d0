using Hfi.Contracts;
using Hfi.Notifications.Data;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Mail;
using Hfi.Notifications.Wording;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Hosting;
using Hfi.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Notifications.Events;

/// <summary>
/// A notice's or minutes' PDF completes the e-mails waiting for it (they link to it and go out now). An
/// attachment published after the meeting's notice went out is told to who may see it; earlier ones are listed
/// in the notice itself.
/// </summary>
public sealed class DocumentPublishedConsumer(
    NotificationsDbContext db,
    NoticeIntake intake,
    MeetingTitles titles,
    WorkSignal<EmailDispatcher> emailsDue,
    NoticeAttachments attachments,
    TimeProvider clock
) : IConsumer<DocumentPublished>
{
    public async Task Consume(ConsumeContext<DocumentPublished> context)
    {
        var document = context.Message;
        if (
            document.Kind == DocumentKinds.Attachment
            && await IsLateAttachmentAsync(document, context.CancellationToken)
        )
        {
            var title = await titles.ForAsync(document.MeetingId, document.ArenaId, context.CancellationToken);
            await intake.AcceptAsync(
                context,
                nameof(DocumentPublishedConsumer),
                new NoticeDraft(
                    NoticeKind.DocumentPublished,
                    document.MeetingId,
                    document.ArenaId,
                    document.Audience,
                    AudienceRule.WhoMaySee,
                    clock.GetUtcNow(),
                    document.PublishedAt,
                    NoticeText.For(document, title)
                )
                {
                    DocumentPath = document.DownloadPath,
                }
            );
            return;
        }

        var carried = IsCarriedByEmails(document);
        if (carried)
            attachments.Prefetch(Published(document)); // while the e-mails it completes are released below

        var completed = 0;
        await db.HandleOnceAsync(
            context,
            nameof(DocumentPublishedConsumer),
            async cancellationToken =>
            {
                completed = carried ? await CompleteNoticesAsync(document, cancellationToken) : 0;
                intake.RecordReceived<DocumentPublished>(
                    context.MessageId!.Value,
                    $"{document.Kind} '{document.Title}' ({document.Audience}) for meeting {document.MeetingId}: completes {completed} notice(s)."
                );
            }
        );
        // Committed: the e-mails held for this PDF go out now, not at the dispatcher's next poll.
        if (completed > 0)
            emailsDue.Raise();
    }

    private Task<bool> IsLateAttachmentAsync(DocumentPublished document, CancellationToken cancellationToken) =>
        db.Notices.AnyAsync(
            n =>
                n.MeetingId == document.MeetingId
                && n.Kind == NoticeKind.MeetingNotice
                && n.OccurredAt <= document.PublishedAt,
            cancellationToken
        );

    // The DOCX of the same notice is for the portal; e-mails carry the PDF.
    private static bool IsCarriedByEmails(DocumentPublished document) =>
        document.Kind is DocumentKinds.Notice or DocumentKinds.Minutes
        && document.ContentType == PublishedDocument.PdfMediaType;

    private static PublishedDocument Published(DocumentPublished document) =>
        new()
        {
            DocumentId = document.DocumentId,
            MeetingId = document.MeetingId,
            Kind = document.Kind,
            Audience = document.Audience,
            NoticeVersion = document.NoticeVersion,
            DownloadPath = document.DownloadPath,
        };

    private async Task<int> CompleteNoticesAsync(DocumentPublished document, CancellationToken cancellationToken)
    {
        var published = Published(document);
        // A reissued notice is a new version of the same document: the row follows it, so that version 2's e-mails
        // find (and carry) version 2's PDF rather than finding version 1's and going out with a link only.
        var known = await db.PublishedDocuments.SingleOrDefaultAsync(
            d => d.DocumentId == document.DocumentId,
            cancellationToken
        );
        if (known is null)
            db.PublishedDocuments.Add(published);
        else if (document.NoticeVersion > known.NoticeVersion)
            known.Follow(published);

        // Locked: a notice whose recipients are being looked up right now gets its deliveries first, and they are
        // released below; one looked up after this commits finds the document itself.
        var candidates = await db
            .Notices.FromSql(
                $"""
                SELECT * FROM notices
                WHERE "MeetingId" = {document.MeetingId} AND "AwaitsDocumentKind" = {document.Kind} AND "DocumentPath" IS NULL
                FOR UPDATE
                """
            )
            .ToListAsync(cancellationToken);
        var completed = candidates.Where(published.Completes).ToList();
        if (completed.Count == 0)
            return 0;

        completed.ForEach(notice => notice.DocumentPath = document.DownloadPath);
        var noticeIds = completed.Select(n => n.Id).ToList();
        var now = clock.GetUtcNow();
        // The held e-mails go out now (claimed ones are no longer held: a dispatcher already has them).
        await db
            .Deliveries.Where(d => noticeIds.Contains(d.NoticeId) && d.AwaitsDocument)
            .ExecuteUpdateAsync(
                set => set.SetProperty(d => d.NextAttemptAt, now).SetProperty(d => d.AwaitsDocument, false),
                cancellationToken
            );
        return completed.Count;
    }
}
