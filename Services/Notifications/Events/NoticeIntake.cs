using System.Diagnostics;
using Hfi.Notifications.Data;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Recipients;
using Hfi.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hfi.Notifications.Events;

/// <summary>
/// Turns an event into a notice and its deliveries (one per recipient and channel), saved in the same
/// transaction as the inbox row: a redelivered event creates nothing, a failed one leaves nothing behind.
/// </summary>
public sealed class NoticeIntake(NotificationsDbContext db, ArenaMembers members, IOptions<NoticeOptions> options, TimeProvider clock)
{
    /// <summary>A notice to the arena's members whom the draft's audience and rule select.</summary>
    public Task<bool> AcceptAsync<TEvent>(ConsumeContext<TEvent> context, string consumer, NoticeDraft draft) where TEvent : class =>
        db.HandleOnceAsync(context, consumer, async cancellationToken =>
        {
            var recipients = RecipientSelection.Select(
                await members.OnDateAsync(draft.ArenaId, draft.MembersOn, cancellationToken), draft.Audience, draft.Rule);
            await AddNoticeAsync<TEvent>(context.MessageId!.Value, draft, recipients, cancellationToken);
        });

    /// <summary>A notice to one named person (a substitute), who may or may not be a member of the arena yet.</summary>
    public Task<bool> AcceptForAsync<TEvent>(ConsumeContext<TEvent> context, string consumer, NoticeDraft draft, Recipient recipient)
        where TEvent : class =>
        db.HandleOnceAsync(context, consumer, cancellationToken =>
            AddNoticeAsync<TEvent>(context.MessageId!.Value, draft, [recipient], cancellationToken));

    private async Task AddNoticeAsync<TEvent>(Guid eventId, NoticeDraft draft, IReadOnlyList<Recipient> recipients, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var preferences = await PreferencesAsync(recipients, cancellationToken);

        var notice = new Notice
        {
            Id = eventId,
            Kind = draft.Kind,
            MeetingId = draft.MeetingId,
            ArenaId = draft.ArenaId,
            Audience = draft.Audience,
            NoticeVersion = draft.NoticeVersion,
            Subject = draft.Text.Subject,
            Body = draft.Text.Body,
            CreatedAt = now,
            OccurredAt = draft.OccurredAt,
            MeetingTitle = draft.MeetingTitle,
            AwaitsDocumentKind = draft.AwaitsDocumentKind,
            DocumentPath = draft.DocumentPath,
            RecipientCount = recipients.Count,
        };
        if (notice.AwaitsDocumentKind is not null && notice.MeetingId is { } meetingId)
        {
            var published = await db.PublishedDocuments.AsNoTracking()
                .Where(d => d.MeetingId == meetingId && d.Kind == notice.AwaitsDocumentKind)
                .ToListAsync(cancellationToken);
            notice.DocumentPath ??= published.FirstOrDefault(d => d.Completes(notice))?.DownloadPath;
        }
        db.Notices.Add(notice);

        var sendFrom = notice.AwaitsDocumentKind is not null && notice.DocumentPath is null ? now + options.Value.DocumentWait : now;
        foreach (var recipient in recipients)
        {
            var channels = preferences.GetValueOrDefault(MemberAddress.Normalize(recipient.Email), ChannelPreference.Both).Channels();
            db.Deliveries.AddRange(channels.Select(channel => Delivery.Create(eventId, recipient, channel, now, sendFrom)));
        }

        RecordReceived<TEvent>(eventId, $"{draft.Kind} for {draft.ArenaId} ({draft.Audience}): {recipients.Count} recipient(s).");
    }

    /// <summary>
    /// For events about a meeting of the annual plan, whose arena Planning may not have recognised: without an
    /// arena there is nobody to tell, and the event is only recorded.
    /// </summary>
    public Task<bool> AcceptAsync<TEvent>(ConsumeContext<TEvent> context, string consumer, string? arenaId, Func<string, NoticeDraft> draft)
        where TEvent : class =>
        arenaId is { Length: > 0 } known
            ? AcceptAsync(context, consumer, draft(known))
            : db.HandleOnceAsync(context, consumer, _ =>
            {
                RecordReceived<TEvent>(context.MessageId!.Value, "No arena recognised: nobody to notify.");
                return Task.CompletedTask;
            });

    /// <summary>Adds the event to what this service has received (saved with the consumer's other changes).</summary>
    public void RecordReceived<TEvent>(Guid eventId, string summary) =>
        db.ReceivedEvents.Add(new ReceivedEvent
        {
            EventId = eventId,
            EventType = typeof(TEvent).Name,
            Summary = summary,
            ReceivedAt = clock.GetUtcNow(),
            TraceId = Activity.Current?.TraceId.ToString(),
        });

    private async Task<Dictionary<string, ChannelPreference>> PreferencesAsync(IReadOnlyList<Recipient> recipients, CancellationToken cancellationToken)
    {
        var emails = recipients.Select(r => MemberAddress.Normalize(r.Email)).ToList();
        return await db.MemberPreferences.AsNoTracking()
            .Where(p => emails.Contains(p.Email))
            .ToDictionaryAsync(p => p.Email, p => p.Channels, cancellationToken);
    }
}
