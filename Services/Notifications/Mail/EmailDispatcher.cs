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
/// Sends due e-mail deliveries. A batch is claimed with FOR UPDATE SKIP LOCKED by moving its due time forward
/// by a lease, so several instances never send the same delivery, and one that dies leaves its claims to be
/// taken over after the lease. A notice's PDF is fetched once per batch and attached (or linked, when it cannot be). Each delivery's outcome is saved as soon as the server answers; on shutdown the
/// send in flight is finished and recorded, and the rest of the claim is handed back for the next instance.
/// </summary>
public sealed partial class EmailDispatcher(
    IServiceScopeFactory scopes,
    SmtpMailSender sender,
    NoticeAttachments attachments,
    IOptions<MailOptions> mailOptions,
    IOptions<WebOptions> webOptions,
    TimeProvider clock,
    ILogger<EmailDispatcher> logger) : PollingWorker
{
    private MailOptions Mail => mailOptions.Value;

    protected override TimeSpan PollInterval => Mail.PollInterval;

    protected override TimeProvider Clock => clock;

    protected override async Task<bool> RunRoundAsync(CancellationToken stoppingToken) => await DispatchBatchAsync(stoppingToken) > 0;

    protected override void OnRoundFailed(Exception exception) => LogDispatchFailed(exception);

    /// <returns>How many deliveries were claimed.</returns>
    public async Task<int> DispatchBatchAsync(CancellationToken stoppingToken)
    {
        var claimedAt = clock.GetUtcNow();
        var claimed = await ClaimAsync(claimedAt, stoppingToken);
        if (claimed.Count == 0) return 0;

        var notices = await LoadNoticesAsync(claimed, stoppingToken);
        var files = await attachments.FetchAsync(await PublishedDocumentsAsync(notices.Values, stoppingToken), stoppingToken);
        var perConnection = (claimed.Count + Mail.Concurrency - 1) / Mail.Concurrency;
        await Task.WhenAll(claimed.Chunk(perConnection).Select(share => SendAsync(share, notices, files, claimedAt, stoppingToken)));
        return claimed.Count;
    }

    private async Task<List<Delivery>> ClaimAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Deliveries
            .FromSql($"""
                SELECT * FROM deliveries
                WHERE "Status" = {(int)DeliveryStatus.Pending} AND "Channel" = {(int)Channel.Email} AND "NextAttemptAt" <= {now}
                ORDER BY "NextAttemptAt" LIMIT {Mail.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        due.ForEach(delivery => delivery.Claim(now, Mail.ClaimLease));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due;
    }

    private async Task<Dictionary<Guid, Notice>> LoadNoticesAsync(List<Delivery> deliveries, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var noticeIds = deliveries.Select(d => d.NoticeId).Distinct().ToList();
        return await db.Notices.AsNoTracking().Where(n => noticeIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);
    }

    /// <summary>The notices whose own PDF (their meeting's, kind's, audience's and version's) is published, with it.</summary>
    private async Task<List<(Notice, PublishedDocument)>> PublishedDocumentsAsync(IEnumerable<Notice> notices, CancellationToken cancellationToken)
    {
        var linking = notices.Where(n => n.DocumentPath is not null && n.AwaitsDocumentKind is not null).ToList();
        if (linking.Count == 0) return [];

        var paths = linking.Select(n => n.DocumentPath).Distinct().ToList();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var published = await db.PublishedDocuments.AsNoTracking().Where(d => paths.Contains(d.DownloadPath)).ToListAsync(cancellationToken);
        return [.. linking
            .Select(notice => (notice, document: published.FirstOrDefault(d => d.DownloadPath == notice.DocumentPath && d.Completes(notice))))
            .Where(pair => pair.document is not null)
            .Select(pair => (pair.notice, pair.document!))];
    }

    private async Task SendAsync(Delivery[] share, Dictionary<Guid, Notice> notices, IReadOnlyDictionary<Guid, NoticeAttachment> files,
        DateTimeOffset claimedAt, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        db.Deliveries.AttachRange(share);
        // Past this point another instance may take the claim over: stop before a send could overlap it.
        var lastSafeStart = claimedAt + Mail.ClaimLease - Mail.SendTimeout - Mail.ConnectTimeout;
        SmtpSession? session = null;
        try
        {
            for (var index = 0; index < share.Length; index++)
            {
                if (stoppingToken.IsCancellationRequested || clock.GetUtcNow() > lastSafeStart)
                {
                    await HandBackAsync(db, share[index..]);
                    return;
                }

                var noticeId = share[index].NoticeId;
                session = await SendOneAsync(share[index], notices[noticeId], files.GetValueOrDefault(noticeId), session, stoppingToken);
                // The outcome is saved even while stopping: the server has answered, and a lost answer means a second e-mail.
                await SaveOutcomeAsync(db, claimedAt + Mail.ClaimLease);
            }
        }
        finally
        {
            if (session is not null) await session.DisposeAsync();
        }
    }

    private async Task<SmtpSession?> SendOneAsync(
        Delivery delivery, Notice notice, NoticeAttachment? attachment, SmtpSession? session, CancellationToken stoppingToken)
    {
        using var trace = ContinuedTrace.Start("smtp send", ActivityKind.Client, notice.TraceParent);
        trace.Activity?.SetTag("hfi.delivery.id", delivery.Id);
        trace.Activity?.SetTag("hfi.notice.id", notice.Id);
        try
        {
            session ??= await sender.ConnectAsync(stoppingToken);
            var message = NoticeMessage.Create(notice, delivery, Mail, webOptions.Value.PublicBaseUrl!, attachment);
            // Not cancelled by shutdown: a send in flight is finished (bounded by Mail:SendTimeout) and recorded.
            await session.SendAsync(message, CancellationToken.None);
            delivery.RecordSent(clock.GetUtcNow());
            HfiMetrics.EmailsSent.Add(1);
            return session;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped while connecting: nothing was sent; the claim is handed back with the rest.
            delivery.Claim(clock.GetUtcNow(), TimeSpan.Zero);
            return session;
        }
        catch (Exception ex)
        {
            trace.Failed(ex.Message);
            var permanent = ex is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted, StatusCode: >= (SmtpStatusCode)500 };
            delivery.RecordFailure(clock.GetUtcNow(), ex.Message, Mail.RetryPolicy, permanent);
            HfiMetrics.EmailsFailed.Add(1, new KeyValuePair<string, object?>("permanent", permanent));
            LogSendFailed(delivery.Id, delivery.Attempts, delivery.Status, ex.Message);
            if (session is { IsConnected: false })
            {
                await session.DisposeAsync();
                session = null;
            }
            return session;
        }
    }

    /// <summary>
    /// Saves what the mail server answered, trying again while the database is away (a restart, a failover) until
    /// the claim's lease runs out: a sent e-mail left recorded as unsent would be sent again after the lease.
    /// </summary>
    private async Task SaveOutcomeAsync(NotificationsDbContext db, DateTimeOffset leaseEnds)
    {
        while (true)
        {
            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
                return;
            }
            catch (Exception ex) when (ex is DbUpdateException or Npgsql.NpgsqlException && clock.GetUtcNow() < leaseEnds)
            {
                LogOutcomeNotSaved(ex.Message);
                await Task.Delay(OutcomeSaveRetryInterval, clock);
            }
        }
    }

    private static readonly TimeSpan OutcomeSaveRetryInterval = TimeSpan.FromSeconds(1);

    private async Task HandBackAsync(NotificationsDbContext db, Delivery[] unsent)
    {
        var ids = unsent.Select(d => d.Id).ToList();
        var now = clock.GetUtcNow();
        await db.Deliveries
            .Where(d => ids.Contains(d.Id) && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.NextAttemptAt, now), CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A sent e-mail's outcome could not be saved yet, trying again: {Error}")]
    private partial void LogOutcomeNotSaved(string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail dispatch failed")]
    private partial void LogDispatchFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail delivery {DeliveryId} failed (attempt {Attempts}, now {Status}): {Error}")]
    private partial void LogSendFailed(Guid deliveryId, int attempts, DeliveryStatus status, string error);
}
