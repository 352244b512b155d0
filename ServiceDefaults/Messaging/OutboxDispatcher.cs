using System.Diagnostics;
using System.Text.Json;
using Hfi.ServiceDefaults.Hosting;
using Hfi.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hfi.ServiceDefaults.Messaging;

/// <summary>
/// Publishes committed outbox messages in order and marks them sent. Rows are claimed with
/// FOR UPDATE SKIP LOCKED so several instances never publish the same row at once. A crash between
/// publish and commit publishes again: consumers are idempotent by message id (the inbox).
/// </summary>
public sealed partial class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    IOptions<OutboxOptions> options,
    WorkSignal<OutboxDispatcher<TContext>> committed,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger
) : PollingWorker
    where TContext : DbContext, IMessagingDbContext
{
    protected override TimeSpan PollInterval => options.Value.PollInterval;

    protected override TimeProvider Clock => clock;

    // A commit of this process that added messages ends the pause (OutboxWakeUp); other instances' after it.
    protected override Task PauseAsync(CancellationToken stoppingToken) =>
        committed.WaitAsync(PollInterval, clock, stoppingToken);

    private static readonly TimeSpan BacklogInterval = TimeSpan.FromSeconds(5);
    private DateTimeOffset _backlogMeasuredAt = DateTimeOffset.MinValue;

    // A full batch means more messages are probably waiting.
    protected override async Task<bool> RunRoundAsync(CancellationToken stoppingToken)
    {
        var moreWaiting = await DispatchBatchAsync(stoppingToken) >= options.Value.BatchSize;
        await MeasureBacklogAsync(stoppingToken);
        return moreWaiting;
    }

    /// <summary>
    /// The outbox's backlog and the age of its oldest message, for the dashboard (every few seconds, not every round).
    /// </summary>
    private async Task MeasureBacklogAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now - _backlogMeasuredAt < BacklogInterval)
        {
            return;
        }

        _backlogMeasuredAt = now;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var unsent = db.OutboxMessages.Where(m => m.SentAt == null);
        var backlog = await unsent.LongCountAsync(cancellationToken);
        var oldest = backlog == 0 ? now : await unsent.MinAsync(m => m.OccurredAt, cancellationToken);
        HfiMetrics.RecordOutbox(backlog, now - oldest);
    }

    protected override void OnRoundFailed(Exception exception) => LogDispatchFailed(exception);

    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var batch = await db
            .OutboxMessages.FromSqlRaw(
                """SELECT * FROM outbox_messages WHERE "SentAt" IS NULL ORDER BY "Sequence" LIMIT {0} FOR UPDATE SKIP LOCKED""",
                options.Value.BatchSize
            )
            .ToListAsync(cancellationToken);

        var published = 0;
        foreach (var message in batch)
        {
            if (!await TryPublishAsync(message, cancellationToken))
            {
                break;
            }
            published++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return published;
    }

    private async Task<bool> TryPublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var trace = ContinuedTrace.Start(
            $"outbox publish {ShortName(message.MessageType)}",
            ActivityKind.Producer,
            message.TraceParent
        );

        try
        {
            var type = Type.GetType(message.MessageType, throwOnError: true)!;
            var payload = JsonSerializer.Deserialize(message.Payload, type, Outbox.Json)!;
            await bus.Publish(payload, type, context => context.MessageId = message.Id, cancellationToken);
            message.SentAt = clock.GetUtcNow();
            message.Attempts++;
            message.LastError = null;
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            message.Attempts++;
            message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            trace.Failed(ex.Message);
            LogPublishFailed(ex, message.Id, message.MessageType);
            return false;
        }
    }

    private static string ShortName(string messageType)
    {
        var typeName = messageType.Split(',')[0];
        return typeName[(typeName.LastIndexOf('.') + 1)..];
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Outbox message {MessageId} ({MessageType}) could not be published; it stays in the outbox"
    )]
    private partial void LogPublishFailed(Exception exception, Guid messageId, string messageType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch failed")]
    private partial void LogDispatchFailed(Exception exception);
}
