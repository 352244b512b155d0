using Hfi.Notifications.Data;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hfi.Notifications.Recipients;

/// <summary>Gives a notice its recipients: one delivery per recipient and channel the member prefers.</summary>
public sealed class NoticeRecipients(NotificationsDbContext db, IOptions<NoticeOptions> options, TimeProvider clock)
{
    /// <summary>
    /// Adds the deliveries (in the caller's transaction, or saved with a new notice) and records the notice's
    /// recipients as known.
    /// </summary>
    public async Task AddAsync(Notice notice, IReadOnlyList<Recipient> recipients, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await FindPublishedDocumentAsync(notice, cancellationToken);
        var preferences = await PreferencesAsync(recipients, cancellationToken);
        var sendFrom = notice.EmailsFrom(now, options.Value.DocumentWait);
        var deliveries = recipients
            .SelectMany(recipient =>
                preferences
                    .GetValueOrDefault(MemberAddress.Normalize(recipient.Email), ChannelPreference.Both)
                    .Channels()
                    .Where(channel => channel != Channel.Email || notice.IsEmailed)
                    .Select(channel => Delivery.Create(notice.Id, recipient, channel, now, sendFrom))
            )
            .ToList();
        // A notice saved before (one whose recipients were looked up) gets its deliveries copied in at once; a new
        // one's are saved with it.
        if (db.Entry(notice).State == EntityState.Added)
            db.Deliveries.AddRange(deliveries);
        else
            await DeliveryRows.InsertAsync(db, deliveries, cancellationToken);
        notice.RecordRecipients(recipients.Count, now);
    }

    /// <summary>
    /// The PDF the notice's e-mails carry, if Documents has published it already. One published later completes
    /// the notice itself (DocumentPublishedConsumer), waiting for this notice's lock while its deliveries are made.
    /// </summary>
    private async Task FindPublishedDocumentAsync(Notice notice, CancellationToken cancellationToken)
    {
        if (
            notice.AwaitsDocumentKind is null
            || notice.DocumentPath is not null
            || notice.MeetingId is not { } meetingId
        )
        {
            return;
        }

        var published = await db
            .PublishedDocuments.AsNoTracking()
            .Where(d => d.MeetingId == meetingId && d.Kind == notice.AwaitsDocumentKind)
            .ToListAsync(cancellationToken);
        notice.DocumentPath = published.FirstOrDefault(d => d.Completes(notice))?.DownloadPath;
    }

    private async Task<Dictionary<string, ChannelPreference>> PreferencesAsync(
        IReadOnlyList<Recipient> recipients,
        CancellationToken cancellationToken
    )
    {
        var emails = recipients.Select(r => MemberAddress.Normalize(r.Email)).ToList();
        return await db
            .MemberPreferences.AsNoTracking()
            .Where(p => emails.Contains(p.Email))
            .ToDictionaryAsync(p => p.Email, p => p.Channels, cancellationToken);
    }
}
