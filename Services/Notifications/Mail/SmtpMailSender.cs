using Hfi.Notifications.Extensions;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Hfi.Notifications.Mail;

/// <summary>Opens SMTP connections to the configured server (MailKit).</summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options)
{
    public async Task<SmtpSession> ConnectAsync(CancellationToken cancellationToken)
    {
        var mail = options.Value;
        var client = new SmtpClient { Timeout = (int)mail.SendTimeout.TotalMilliseconds };
        try
        {
            using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            connectTimeout.CancelAfter(mail.ConnectTimeout);
            var security = mail.UseSsl ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable;
            // Host is validated on start (MailOptions.Validate).
            await client.ConnectAsync(mail.Host!, mail.Port, security, connectTimeout.Token);
            // With SIZE, MailKit writes every message out once more only to announce its length (a notice's PDF
            // twice per e-mail); without it a server refuses an over-large message after DATA instead of before.
            client.Capabilities &= ~SmtpCapabilities.Size;
            if (!string.IsNullOrEmpty(mail.UserName))
            {
                await client.AuthenticateAsync(mail.UserName, mail.Password ?? string.Empty, connectTimeout.Token);
            }
            return new SmtpSession(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}

/// <summary>One open connection; messages are sent over it one after another (<see cref="SmtpSessionPool"/>).</summary>
public sealed class SmtpSession(SmtpClient client) : IAsyncDisposable
{
    public bool IsConnected => client.IsConnected;

    public Task SendAsync(MimeMessage message, CancellationToken cancellationToken) =>
        client.SendAsync(message, cancellationToken);

    /// <summary>Whether the server still answers on this connection (a NOOP).</summary>
    public async Task<bool> IsAliveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await client.NoOpAsync(cancellationToken);
            return true;
        }
        catch (Exception ex)
            when (ex
                    is IOException
                        or MailKit.ProtocolException
                        or SmtpCommandException
                        or MailKit.ServiceNotConnectedException
            )
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (client.IsConnected)
                await client.DisconnectAsync(quit: true);
        }
        catch (Exception ex)
            when (ex is IOException or MailKit.ProtocolException or SmtpCommandException or OperationCanceledException)
        {
            // The server is gone or slow to say goodbye; what was sent is already recorded.
        }
        finally
        {
            client.Dispose();
        }
    }
}
