using MailKit.Net.Smtp;
using MimeKit;

namespace Hfi.Notifications.Mail;

/// <summary>
/// One open connection; messages are sent over it one after another (<see cref="SmtpSessionPool"/>). Every
/// exchange with the server is bounded by Mail:SendTimeout as a whole; a connection that ran out of it is not used
/// again.
/// </summary>
public sealed class SmtpSession(SmtpClient client, TimeSpan timeout) : IAsyncDisposable
{
    private bool _timedOut;

    public bool IsConnected => !_timedOut && client.IsConnected;

    /// <exception cref="TimeoutException">The server did not take the message within Mail:SendTimeout.</exception>
    public Task SendAsync(MimeMessage message) => BoundedAsync(token => client.SendAsync(message, token), default);

    /// <summary>Whether the server still answers on this connection (a NOOP).</summary>
    public async Task<bool> IsAliveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await BoundedAsync(client.NoOpAsync, cancellationToken);
            return true;
        }
        catch (Exception ex) when (IsServerGone(ex))
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (IsConnected)
                await BoundedAsync(token => client.DisconnectAsync(quit: true, token), default);
        }
        catch (Exception ex) when (IsServerGone(ex))
        {
            // The server is gone or slow to say goodbye; what was sent is already recorded.
        }
        finally
        {
            client.Dispose();
        }
    }

    private static bool IsServerGone(Exception ex) =>
        ex
            is IOException
                or TimeoutException
                or MailKit.ProtocolException
                or SmtpCommandException
                or MailKit.ServiceNotConnectedException;

    private async Task BoundedAsync(Func<CancellationToken, Task> exchange, CancellationToken cancellationToken)
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(timeout);
        try
        {
            await exchange(bound.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _timedOut = true;
            throw new TimeoutException($"The mail server did not answer within {timeout.TotalSeconds:0} s.");
        }
    }
}
