using System.Collections.Concurrent;

namespace Hfi.Notifications.Mail;

/// <summary>
/// Open SMTP connections kept from one batch to the next while a fan-out goes on, so a notice to thousands opens a
/// handful of connections, not one per batch. The dispatcher closes them when it finds nothing to send; one that has
/// been idle for a while is checked with a NOOP before it is used again (the server may have dropped it).
/// </summary>
public sealed class SmtpSessionPool(SmtpMailSender sender, TimeProvider clock) : IAsyncDisposable
{
    private static readonly TimeSpan CheckedAfter = TimeSpan.FromSeconds(1);

    private readonly ConcurrentBag<(SmtpSession Session, DateTimeOffset ReturnedAt)> _idle = [];

    public async Task<SmtpSession> RentAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryTake(out var pooled))
        {
            var fresh = clock.GetUtcNow() - pooled.ReturnedAt < CheckedAfter;
            if (pooled.Session.IsConnected && (fresh || await pooled.Session.IsAliveAsync(cancellationToken)))
            {
                return pooled.Session;
            }
            await pooled.Session.DisposeAsync();
        }
        return await sender.ConnectAsync(cancellationToken);
    }

    public async Task ReturnAsync(SmtpSession session)
    {
        if (session.IsConnected)
            _idle.Add((session, clock.GetUtcNow()));
        else
            await session.DisposeAsync();
    }

    /// <summary>Says goodbye on every idle connection.</summary>
    public async Task CloseIdleAsync()
    {
        while (_idle.TryTake(out var pooled))
            await pooled.Session.DisposeAsync();
    }

    public async ValueTask DisposeAsync() => await CloseIdleAsync();
}
