using System.Threading.Channels;
using Hfi.Notifications.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Delivery = Hfi.Notifications.Domain.Delivery;
using DeliveryStatus = Hfi.Notifications.Domain.DeliveryStatus;

namespace Hfi.Notifications.Mail;

/// <summary>
/// Writes what became of sent e-mails to the delivery log, by group commit: the outcomes that arrive while one write
/// is under way go together in the next (one round trip and one commit for many e-mails, not one each). A sender
/// waits until its outcome is saved before it sends its next e-mail, so an instance that dies leaves at most one
/// e-mail per connection sent but not recorded, as when each was saved on its own.
/// </summary>
public sealed class DeliveryOutcomes : IAsyncDisposable
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(1);
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly DateTimeOffset _leaseEnds;
    private readonly Action<string> _notSavedYet;
    private readonly Channel<(Delivery Delivery, TaskCompletionSource Saved)> _queue = Channel.CreateUnbounded<(
        Delivery,
        TaskCompletionSource
    )>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    /// <param name="leaseEnds">When the claim of these deliveries runs out; a save failing is tried again until
    /// then.</param>
    /// <param name="notSavedYet">Told each time a save fails and is to be tried again.</param>
    public DeliveryOutcomes(
        IServiceScopeFactory scopes,
        TimeProvider clock,
        DateTimeOffset leaseEnds,
        Action<string> notSavedYet
    )
    {
        _scopes = scopes;
        _clock = clock;
        _leaseEnds = leaseEnds;
        _notSavedYet = notSavedYet;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Completes once the delivery's outcome (sent, or failed and when it is tried again) is saved.</summary>
    public Task RecordAsync(Delivery delivery)
    {
        var saved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite((delivery, saved)))
            throw new InvalidOperationException("The delivery log is closed.");
        return saved.Task;
    }

    private async Task WriteAsync()
    {
        var group = new List<(Delivery Delivery, TaskCompletionSource Saved)>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (_queue.Reader.TryRead(out var outcome))
                group.Add(outcome);
            try
            {
                await SaveUntilLeaseEndsAsync([.. group.Select(outcome => outcome.Delivery)]);
                group.ForEach(outcome => outcome.Saved.SetResult());
            }
            catch (Exception ex)
            {
                group.ForEach(outcome => outcome.Saved.SetException(ex));
            }
        }
    }

    /// <summary>
    /// Tries again while the database is away (a restart, a failover) until the claim's lease runs out: a sent e-mail
    /// left recorded as unsent would be sent a second time once the lease let another round claim it.
    /// </summary>
    private async Task SaveUntilLeaseEndsAsync(IReadOnlyList<Delivery> deliveries)
    {
        while (true)
        {
            try
            {
                await SaveAsync(deliveries);
                return;
            }
            catch (Exception ex) when (ex is DbUpdateException or NpgsqlException && _clock.GetUtcNow() < _leaseEnds)
            {
                _notSavedYet(ex.Message);
                await Task.Delay(RetryInterval, _clock);
            }
        }
    }

    // One statement for the whole group, and only what an attempt changes: the claim's other columns stay as the
    // claim left them. (EF Core's change tracker cost more CPU than the e-mail's SMTP exchange.)
    private async Task SaveAsync(IReadOnlyList<Delivery> deliveries)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        // Not cancelled by shutdown: the server has answered, and a lost answer means a second e-mail.
        await db.Database.ExecuteSqlRawAsync(
            """
            UPDATE deliveries AS d SET
                "Status" = o.status, "Attempts" = o.attempts, "LastAttemptAt" = o.attempted_at,
                "DeliveredAt" = CASE WHEN o.status = @delivered THEN o.attempted_at ELSE d."DeliveredAt" END,
                "LastError" = o.error, "NextAttemptAt" = o.next_attempt_at
            FROM unnest(@ids, @statuses, @attempts, @attempted, @errors, @next)
                AS o(id, status, attempts, attempted_at, error, next_attempt_at)
            WHERE d."Id" = o.id
            """,
            [
                new NpgsqlParameter<Guid[]>("ids", [.. deliveries.Select(d => d.Id)]),
                new NpgsqlParameter<int[]>("statuses", [.. deliveries.Select(d => (int)d.Status)]),
                new NpgsqlParameter<int[]>("attempts", [.. deliveries.Select(d => d.Attempts)]),
                new NpgsqlParameter<DateTimeOffset[]>("attempted", [.. deliveries.Select(AttemptedAt)]),
                new NpgsqlParameter<string?[]>("errors", [.. deliveries.Select(d => d.LastError)]),
                new NpgsqlParameter<DateTimeOffset[]>("next", [.. deliveries.Select(d => d.NextAttemptAt)]),
                new NpgsqlParameter<int>("delivered", (int)DeliveryStatus.Delivered),
            ],
            CancellationToken.None
        );
    }

    private static DateTimeOffset AttemptedAt(Delivery delivery) =>
        delivery.LastAttemptAt
        ?? throw new InvalidOperationException($"Delivery {delivery.Id} has no attempt to record.");

    /// <summary>Writes what is still queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }
}
