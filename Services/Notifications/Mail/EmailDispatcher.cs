using System.Collections.Concurrent;
using System.Diagnostics;
using Hfi.Notifications.Data;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Extensions;
using Hfi.ServiceDefaults.Hosting;
using Hfi.ServiceDefaults.Telemetry;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hfi.Notifications.Mail;

/// <summary>
/// Sends due e-mail deliveries. A batch is claimed in one statement (FOR UPDATE SKIP LOCKED) by moving its due time
/// forward by a lease, so several instances never send the same delivery, and one that dies leaves its claims to be
/// taken over after the lease. A notice's PDF is fetched and encoded once and attached (or linked, when it cannot be).
/// Mail:Concurrency senders take the batch's e-mails one by one over SMTP connections kept open from batch to batch;
/// each e-mail's outcome is saved (with the other senders', <see cref="DeliveryOutcomes"/>) before its sender sends
/// the next. On shutdown the sends in flight are finished and recorded, and the rest of the claim is handed back.
/// </summary>
public sealed partial class EmailDispatcher(
    IServiceScopeFactory scopes,
    SmtpMailSender sender,
    NoticeAttachments attachments,
    IOptions<MailOptions> mailOptions,
    IOptions<WebOptions> webOptions,
    WorkSignal<EmailDispatcher> due,
    TimeProvider clock,
    ILogger<EmailDispatcher> logger
) : PollingWorker
{
    private readonly SmtpSessionPool _sessions = new(sender, clock);

    private MailOptions Mail => mailOptions.Value;

    protected override TimeSpan PollInterval => Mail.PollInterval;

    protected override TimeProvider Clock => clock;

    // E-mails this process made due (recipients found, a PDF published) end the pause; other instances' after it.
    protected override Task PauseAsync(CancellationToken stoppingToken) =>
        due.WaitAsync(PollInterval, clock, stoppingToken);

    protected override async Task<bool> RunRoundAsync(CancellationToken stoppingToken) =>
        await DispatchBatchAsync(stoppingToken) > 0;

    protected override void OnRoundFailed(Exception exception) => LogDispatchFailed(exception);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await _sessions.CloseIdleAsync();
    }

    /// <returns>How many deliveries were claimed.</returns>
    public async Task<int> DispatchBatchAsync(CancellationToken stoppingToken)
    {
        var claimedAt = clock.GetUtcNow();
        var claimed = await ClaimAsync(claimedAt, stoppingToken);
        if (claimed.Count == 0)
        {
            await _sessions.CloseIdleAsync();
            return 0;
        }

        var notices = await LoadNoticesAsync(claimed, stoppingToken);
        var files = await attachments.FetchAsync(
            await PublishedDocumentsAsync(notices.Values, stoppingToken),
            stoppingToken
        );
        var messages = notices.Values.ToDictionary(
            n => n.Id,
            n => new NoticeMessage(n, Mail, webOptions.Value.PublicBaseUrl!, files.GetValueOrDefault(n.Id))
        );
        var due = new ConcurrentQueue<Delivery>(claimed);
        await using (
            var outcomes = new DeliveryOutcomes(scopes, clock, claimedAt + Mail.ClaimLease, LogOutcomeNotSaved)
        )
        {
            await Task.WhenAll(
                Enumerable
                    .Range(0, Math.Min(Mail.Concurrency, claimed.Count))
                    .Select(_ => SendAsync(due, messages, notices, outcomes, claimedAt, stoppingToken))
            );
        }
        if (!due.IsEmpty)
            await HandBackAsync([.. due]);
        return claimed.Count;
    }

    private async Task<List<Delivery>> ClaimAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        // The claimed rows come back as claimed (due after the lease, no longer awaiting their document).
        return await db
            .Deliveries.FromSql(
                $"""
                UPDATE deliveries SET "NextAttemptAt" = {now + Mail.ClaimLease}, "AwaitsDocument" = FALSE
                WHERE "Id" IN (
                    SELECT "Id" FROM deliveries
                    WHERE "Status" = {(int)DeliveryStatus.Pending} AND "Channel" = {(int)Channel.Email}
                        AND "NextAttemptAt" <= {now}
                    ORDER BY "NextAttemptAt" LIMIT {Mail.BatchSize}
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """
            )
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }

    private async Task<Dictionary<Guid, Notice>> LoadNoticesAsync(
        List<Delivery> deliveries,
        CancellationToken cancellationToken
    )
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var noticeIds = deliveries.Select(d => d.NoticeId).Distinct().ToList();
        return await db
            .Notices.AsNoTracking()
            .Where(n => noticeIds.Contains(n.Id))
            .ToDictionaryAsync(n => n.Id, cancellationToken);
    }

    /// <summary>
    /// The notices whose own PDF (their meeting's, kind's, audience's and version's) is published, with it.
    /// </summary>
    private async Task<List<(Notice, PublishedDocument)>> PublishedDocumentsAsync(
        IEnumerable<Notice> notices,
        CancellationToken cancellationToken
    )
    {
        var linking = notices.Where(n => n.DocumentPath is not null && n.AwaitsDocumentKind is not null).ToList();
        if (linking.Count == 0)
            return [];

        var paths = linking.Select(n => n.DocumentPath).Distinct().ToList();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var published = await db
            .PublishedDocuments.AsNoTracking()
            .Where(d => paths.Contains(d.DownloadPath))
            .ToListAsync(cancellationToken);
        return
        [
            .. linking
                .Select(notice =>
                    (
                        notice,
                        document: published.FirstOrDefault(d =>
                            d.DownloadPath == notice.DocumentPath && d.Completes(notice)
                        )
                    )
                )
                .Where(pair => pair.document is not null)
                .Select(pair => (pair.notice, pair.document!)),
        ];
    }

    /// <summary>
    /// One sender: takes e-mails from the batch until it is empty, the service stops or the claim runs out.
    /// </summary>
    private async Task SendAsync(
        ConcurrentQueue<Delivery> due,
        Dictionary<Guid, NoticeMessage> messages,
        Dictionary<Guid, Notice> notices,
        DeliveryOutcomes outcomes,
        DateTimeOffset claimedAt,
        CancellationToken stoppingToken
    )
    {
        // Past this point another instance may take the claim over: stop before a send could overlap it.
        var lastSafeStart = claimedAt + Mail.ClaimLease - Mail.SendTimeout - Mail.ConnectTimeout;
        SmtpSession? session = null;
        try
        {
            while (
                !stoppingToken.IsCancellationRequested
                && clock.GetUtcNow() <= lastSafeStart
                && due.TryDequeue(out var delivery)
            )
            {
                var noticeId = delivery.NoticeId;
                var sent = await SendOneAsync(delivery, notices[noticeId], messages[noticeId], session, stoppingToken);
                session = sent.Session;
                if (sent.Attempted)
                    await outcomes.RecordAsync(delivery);
                else
                    due.Enqueue(delivery); // stopped while connecting: handed back with the rest
            }
        }
        finally
        {
            if (session is not null)
                await _sessions.ReturnAsync(session);
        }
    }

    private async Task<(bool Attempted, SmtpSession? Session)> SendOneAsync(
        Delivery delivery,
        Notice notice,
        NoticeMessage message,
        SmtpSession? session,
        CancellationToken stoppingToken
    )
    {
        using var trace = ContinuedTrace.Start("smtp send", ActivityKind.Client, notice.TraceParent);
        trace.Activity?.SetTag("hfi.delivery.id", delivery.Id);
        trace.Activity?.SetTag("hfi.notice.id", notice.Id);
        try
        {
            session ??= await _sessions.RentAsync(stoppingToken);
            // Not cancelled by shutdown: a send in flight is finished (bounded by Mail:SendTimeout) and recorded.
            // Disposed, so its letter's content is not left to the finalizer thread.
            using var mime = message.Create(delivery);
            await session.SendAsync(mime);
            delivery.RecordSent(clock.GetUtcNow());
            HfiMetrics.EmailsSent.Add(1);
            return (true, session);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped while connecting: nothing was sent.
            return (false, session);
        }
        catch (Exception ex)
        {
            trace.Failed(ex.Message);
            var permanent =
                ex is SmtpCommandException
                {
                    ErrorCode: SmtpErrorCode.RecipientNotAccepted,
                    StatusCode: >= (SmtpStatusCode)500
                };
            delivery.RecordFailure(clock.GetUtcNow(), ex.Message, Mail.RetryPolicy, permanent);
            HfiMetrics.EmailsFailed.Add(1, new KeyValuePair<string, object?>("permanent", permanent));
            LogSendFailed(delivery.Id, delivery.Attempts, delivery.Status, ex.Message);
            if (session is { IsConnected: false })
            {
                await session.DisposeAsync();
                session = null;
            }
            return (true, session);
        }
    }

    private async Task HandBackAsync(Delivery[] unsent)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var ids = unsent.Select(d => d.Id).ToList();
        var now = clock.GetUtcNow();
        await db
            .Deliveries.Where(d => ids.Contains(d.Id) && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.NextAttemptAt, now), CancellationToken.None);
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "A sent e-mail's outcome could not be saved yet, trying again: {Error}"
    )]
    private partial void LogOutcomeNotSaved(string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail dispatch failed")]
    private partial void LogDispatchFailed(Exception exception);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "E-mail delivery {DeliveryId} failed (attempt {Attempts}, now {Status}): {Error}"
    )]
    private partial void LogSendFailed(Guid deliveryId, int attempts, DeliveryStatus status, string error);
}
