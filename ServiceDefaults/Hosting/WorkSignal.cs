namespace Hfi.ServiceDefaults.Hosting;

/// <summary>
/// Tells a <see cref="PollingWorker"/> of this process that work is waiting now (a commit added outbox messages, a
/// notice, due e-mails), so its next round starts at once instead of after its pause. Other instances still find
/// the work by polling; a signal only shortens the wait, it is never the only way work is found.
/// </summary>
/// <typeparam name="TWorker">The worker it wakes (one signal per worker type, a singleton).</typeparam>
public sealed class WorkSignal<TWorker>
    where TWorker : PollingWorker
{
    private TaskCompletionSource _raised = NewSource();

    public void Raise() => Volatile.Read(ref _raised).TrySetResult();

    /// <summary>Until raised (or raised since the last wait ended), the pause is over, or the worker stops.</summary>
    public async Task WaitAsync(TimeSpan pause, TimeProvider clock, CancellationToken stoppingToken)
    {
        var raised = Volatile.Read(ref _raised);
        await raised.Task.WaitAsync(pause, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        // Reset only once seen raised: a signal raised during the next round is kept for the wait after it.
        if (raised.Task.IsCompleted)
            Interlocked.CompareExchange(ref _raised, NewSource(), raised);
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
