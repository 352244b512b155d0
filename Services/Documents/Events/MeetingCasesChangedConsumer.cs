using Hfi.Contracts;
using Hfi.Documents.Data;
using Hfi.Documents.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Documents.Events;

/// <summary>
/// Keeps what Meetings says of a meeting's cases (so an upload knows the meeting exists and what each case's audience
/// is), and keeps every attachment of a case, by its case number or listed by the case, within the case's audience:
/// when the audience of a case changes, its attachments follow.
/// </summary>
internal sealed class MeetingCasesChangedConsumer(DocumentsDbContext db) : IConsumer<MeetingCasesChanged>
{
    public Task Consume(ConsumeContext<MeetingCasesChanged> context) =>
        db.HandleOnceAsync(
            context,
            nameof(MeetingCasesChangedConsumer),
            async cancellationToken =>
            {
                var message = context.Message;
                var known = await db.MeetingCases.SingleOrDefaultAsync(
                    m => m.MeetingId == message.MeetingId,
                    cancellationToken
                );
                if (known is not null && known.AsOf >= message.ChangedAt)
                    return;
                if (known is null)
                {
                    known = new MeetingCases { MeetingId = message.MeetingId, ArenaId = message.ArenaId };
                    db.MeetingCases.Add(known);
                }
                var before = known.Cases.ToList();
                known.ArenaId = message.ArenaId;
                known.AsOf = message.ChangedAt;
                known.Cases = [.. message.Cases.Select(c => new CaseAudience(c.CaseNumber, c.Audience))];

                var attachments = await db
                    .Attachments.Where(a => a.MeetingId == message.MeetingId && a.Kind == DocumentKinds.Attachment)
                    .ToListAsync(cancellationToken);
                foreach (var attachment in attachments)
                {
                    var byNumber = message.Cases.SingleOrDefault(c => c.CaseNumber == attachment.CaseNumber);
                    if (byNumber is not null)
                    {
                        var was = before.SingleOrDefault(c => c.CaseNumber == byNumber.CaseNumber)?.Audience;
                        attachment.Audience = MeetingCases.Follow(attachment.Audience, was, byNumber.Audience);
                    }
                    foreach (var listing in message.Cases.Where(c => c.AttachmentIds.Contains(attachment.Id)))
                    {
                        if (MeetingCases.IsWider(attachment.Audience, listing.Audience))
                            attachment.Audience = listing.Audience;
                    }
                }
            }
        );
}
