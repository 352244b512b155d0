using Hfi.Contracts;
using Hfi.Documents.Data;
using Hfi.Documents.Domain.Generation;
using Hfi.Documents.Generation;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Documents.Events;

/// <summary>
/// Generates the notice for the event's audience as DOCX and PDF, remembers the meeting (so later uploads are
/// announced), and narrows attachments the notice lists for municipal representatives only.
/// </summary>
internal sealed class MeetingNoticeIssuedConsumer(DocumentsDbContext db, DocumentGenerator generator)
    : IConsumer<MeetingNoticeIssued>
{
    public Task Consume(ConsumeContext<MeetingNoticeIssued> context) =>
        db.HandleOnceAsync(
            context,
            nameof(MeetingNoticeIssuedConsumer),
            async cancellationToken =>
            {
                var notice = context.Message;
                await RememberMeetingAsync(notice, cancellationToken);
                await NarrowRestrictedAttachmentsAsync(notice, cancellationToken);
                await generator.GenerateAsync(
                    NoticeComposer.Compose(notice),
                    GeneratedFor.Notice(notice),
                    cancellationToken
                );
            }
        );

    /// <summary>
    /// Inserted unless known: the notices for the two audiences of one meeting are often handled at the same time.
    /// </summary>
    private Task RememberMeetingAsync(MeetingNoticeIssued notice, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO known_meetings ("MeetingId", "ArenaId") VALUES ({notice.MeetingId}, {notice.ArenaId})
            ON CONFLICT ("MeetingId") DO NOTHING
            """,
            cancellationToken
        );

    /// <summary>An attachment is never wider open than the meeting says it is.</summary>
    private async Task NarrowRestrictedAttachmentsAsync(MeetingNoticeIssued notice, CancellationToken cancellationToken)
    {
        var restrictedIds = notice
            .Items.SelectMany(item =>
                item.Attachments.Select(a =>
                    (
                        a.AttachmentId,
                        Restricted: item.Audience != Audiences.AllMembers || a.Audience != Audiences.AllMembers
                    )
                )
            )
            .Where(a => a.Restricted)
            .Select(a => a.AttachmentId)
            .ToList();
        if (restrictedIds.Count == 0)
            return;

        var widerOpen = await db
            .Attachments.Where(a =>
                restrictedIds.Contains(a.Id) && a.MeetingId == notice.MeetingId && a.Audience == Audiences.AllMembers
            )
            .ToListAsync(cancellationToken);
        foreach (var attachment in widerOpen)
            attachment.Audience = Audiences.MunicipalRepresentatives;
    }
}
