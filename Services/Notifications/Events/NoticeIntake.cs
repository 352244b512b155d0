using System.Diagnostics;
using Hfi.Notifications.Data;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Mail;
using Hfi.Notifications.Recipients;
using Hfi.ServiceDefaults.Hosting;
using Hfi.ServiceDefaults.Messaging;
using MassTransit;

namespace Hfi.Notifications.Events;

/// <summary>
/// Turns an event into a notice, saved in the same transaction as the inbox row: a redelivered event creates
/// nothing, a failed one leaves nothing behind. Recipients the event names come with it; an arena's members are
/// looked up in Planning afterwards by <see cref="RecipientLookup"/>, so the event never waits on Planning.
/// </summary>
public sealed class NoticeIntake(
    NotificationsDbContext db,
    NoticeRecipients noticeRecipients,
    WorkSignal<RecipientLookup> noticesWaiting,
    WorkSignal<EmailDispatcher> emailsDue,
    TimeProvider clock
)
{
    /// <summary>A notice to the arena's members whom the draft's audience and rule select.</summary>
    public Task<bool> AcceptAsync<TEvent>(ConsumeContext<TEvent> context, string consumer, NoticeDraft draft)
        where TEvent : class => AcceptAwaitingRecipientsAsync(context, consumer, draft, recipientMemberId: null);

    /// <summary>
    /// A notice to one named person (a substitute), who may or may not be a member of the arena yet: at the address
    /// the event gives, or, when it gives none, at the one Planning has for their member id.
    /// </summary>
    public Task<bool> AcceptForAsync<TEvent>(
        ConsumeContext<TEvent> context,
        string consumer,
        NoticeDraft draft,
        Recipient recipient
    )
        where TEvent : class =>
        string.IsNullOrWhiteSpace(recipient.Email)
            ? AcceptAwaitingRecipientsAsync(context, consumer, draft, recipient.MemberId)
            : Signalled(
                emailsDue,
                db.HandleOnceAsync(
                    context,
                    consumer,
                    cancellationToken =>
                    {
                        var notice = AddNotice<TEvent>(context.MessageId!.Value, draft, recipient.MemberId);
                        return noticeRecipients.AddAsync(notice, [recipient], cancellationToken);
                    }
                )
            );

    private Task<bool> AcceptAwaitingRecipientsAsync<TEvent>(
        ConsumeContext<TEvent> context,
        string consumer,
        NoticeDraft draft,
        string? recipientMemberId
    )
        where TEvent : class =>
        Signalled(
            noticesWaiting,
            db.HandleOnceAsync(
                context,
                consumer,
                _ =>
                {
                    AddNotice<TEvent>(context.MessageId!.Value, draft, recipientMemberId)
                        .AwaitRecipients(clock.GetUtcNow());
                    return Task.CompletedTask;
                }
            )
        );

    /// <summary>Once the accepted notice is committed, its worker here takes it up without waiting to poll.</summary>
    private static async Task<bool> Signalled<TWorker>(WorkSignal<TWorker> signal, Task<bool> accepting)
        where TWorker : PollingWorker
    {
        var accepted = await accepting;
        if (accepted)
            signal.Raise();
        return accepted;
    }

    private Notice AddNotice<TEvent>(Guid eventId, NoticeDraft draft, string? recipientMemberId)
    {
        var notice = new Notice
        {
            Id = eventId,
            Kind = draft.Kind,
            MeetingId = draft.MeetingId,
            ArenaId = draft.ArenaId,
            Audience = draft.Audience,
            Rule = draft.Rule,
            MembersOn = draft.MembersOn,
            RecipientMemberId = recipientMemberId,
            NoticeVersion = draft.NoticeVersion,
            Subject = draft.Text.Subject,
            Body = draft.Text.Body,
            CreatedAt = clock.GetUtcNow(),
            OccurredAt = draft.OccurredAt,
            MeetingTitle = draft.MeetingTitle,
            AwaitsDocumentKind = draft.AwaitsDocumentKind,
            DocumentPath = draft.DocumentPath,
            TraceParent = Activity.Current?.Id,
        };
        db.Notices.Add(notice);

        var whom = recipientMemberId is null
            ? $"the arena's members ({draft.Audience})"
            : $"member {recipientMemberId}";
        RecordReceived<TEvent>(eventId, $"{draft.Kind} for {draft.ArenaId} to {whom}.");
        return notice;
    }

    /// <summary>
    /// For events about a meeting of the annual plan, whose arena Planning may not have recognised: without an
    /// arena there is nobody to tell, and the event is only recorded.
    /// </summary>
    public Task<bool> AcceptAsync<TEvent>(
        ConsumeContext<TEvent> context,
        string consumer,
        string? arenaId,
        Func<string, NoticeDraft> draft
    )
        where TEvent : class =>
        arenaId is { Length: > 0 } known
            ? AcceptAsync(context, consumer, draft(known))
            : db.HandleOnceAsync(
                context,
                consumer,
                _ =>
                {
                    RecordReceived<TEvent>(context.MessageId!.Value, "No arena recognised: nobody to notify.");
                    return Task.CompletedTask;
                }
            );

    /// <summary>Adds the event to what this service has received (saved with the consumer's other changes).</summary>
    public void RecordReceived<TEvent>(Guid eventId, string summary) =>
        db.ReceivedEvents.Add(
            new ReceivedEvent
            {
                EventId = eventId,
                EventType = typeof(TEvent).Name,
                Summary = summary,
                ReceivedAt = clock.GetUtcNow(),
                TraceId = Activity.Current?.TraceId.ToString(),
            }
        );
}
