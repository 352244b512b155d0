using System.Threading.Channels;
using Hfi.Notifications.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Delivery = Hfi.Notifications.Domain.Delivery;

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
    private readonly Channel<(Delivery Delivery, TaskCompletionSource Saved)> _queue =
        Channel.CreateUnbounded<(Delivery, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    /// <param name="leaseEnds">When the claim of these deliveries runs out; a save failing is tried again until then.</param>
    /// <param name="notSavedYet">Told each time a save fails and is to be tried again.</param>
    public DeliveryOutcomes(
        IServiceScopeFactory scopes, TimeProvider clock, DateTimeOffset leaseEnds, Action<string> notSavedYet)
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
            while (_queue.Reader.TryRead(out var outcome)) group.Add(outcome);
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

    // Only what an attempt changes is written: the claim's other columns stay as the claim left them.
    private async Task SaveAsync(IEnumerable<Delivery> deliveries)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        foreach (var delivery in deliveries)
        {
            var entry = db.Deliveries.Attach(delivery);
            entry.Property(d => d.Status).IsModified = true;
            entry.Property(d => d.Attempts).IsModified = true;
            entry.Property(d => d.LastAttemptAt).IsModified = true;
            entry.Property(d => d.DeliveredAt).IsModified = true;
            entry.Property(d => d.LastError).IsModified = true;
            entry.Property(d => d.NextAttemptAt).IsModified = true;
        }
        // Not cancelled by shutdown: the server has answered, and a lost answer means a second e-mail.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>Writes what is still queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }
}
