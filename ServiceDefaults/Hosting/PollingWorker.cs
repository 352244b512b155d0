using Microsoft.Extensions.Hosting;
using OpenTelemetry;

namespace Hfi.ServiceDefaults.Hosting;

/// <summary>
/// A background loop over rows that wait in the database (outbox messages, e-mails, notices): one round of work,
/// then a pause of <see cref="PollInterval"/> unless the round says more is waiting. A failed round is reported
/// and the loop goes on; how a round claims, finishes or hands back its work is the worker's own.
/// A round is not traced: an idle poll every second would bury the dashboard's traces. The work a round does for a
/// request continues that request's trace through <see cref="Telemetry.ContinuedTrace"/>.
/// </summary>
public abstract class PollingWorker : BackgroundService
{
    protected abstract TimeSpan PollInterval { get; }

    protected abstract TimeProvider Clock { get; }

    /// <returns>Whether more work is waiting now, so the next round starts without a pause.</returns>
    protected abstract Task<bool> RunRoundAsync(CancellationToken stoppingToken);

    /// <summary>Logs a round that threw; the next round comes after the pause.</summary>
    protected abstract void OnRoundFailed(Exception exception);

    /// <summary>Waits for the next round: the pause, unless a <see cref="WorkSignal{TWorker}"/> ends it.</summary>
    protected virtual async Task PauseAsync(CancellationToken stoppingToken) =>
        await Task.Delay(PollInterval, Clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var moreWaiting = false;
            try
            {
                using var untraced = SuppressInstrumentationScope.Begin();
                moreWaiting = await RunRoundAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                OnRoundFailed(ex);
            }

            if (!moreWaiting)
                await PauseAsync(stoppingToken);
        }
    }
}
