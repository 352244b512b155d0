using System.Net.Sockets;
using Hfi.Notifications.Extensions;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Hfi.Notifications.Mail;

/// <summary>Opens SMTP connections to the configured server (MailKit over a socket of our own).</summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options)
{
    public async Task<SmtpSession> ConnectAsync(CancellationToken cancellationToken)
    {
        var mail = options.Value;
        var client = new SmtpClient();
        Stream? stream = null;
        try
        {
            using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            connectTimeout.CancelAfter(mail.ConnectTimeout);
            // Host is validated on start (MailOptions.Validate).
            stream = await OpenAsync(mail.Host!, mail.Port, connectTimeout.Token);
            var security = mail.UseSsl ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable;
            await client.ConnectAsync(stream, mail.Host!, mail.Port, security, connectTimeout.Token);
            // With SIZE, MailKit writes every message out once more only to announce its length (a notice's PDF
            // twice per e-mail); without it a server refuses an over-large message after DATA instead of before.
            client.Capabilities &= ~SmtpCapabilities.Size;
            if (!string.IsNullOrEmpty(mail.UserName))
            {
                await client.AuthenticateAsync(mail.UserName, mail.Password ?? string.Empty, connectTimeout.Token);
            }
            return new SmtpSession(client, mail.SendTimeout);
        }
        catch
        {
            client.Dispose();
            stream?.Dispose();
            throw;
        }
    }

    // MailKit writes a message in 4 KB blocks, and its own socket stream starts two timers for each (a notice with
    // its PDF: ~27 per e-mail); .NET's NetworkStream starts none, and SmtpSession's one timer bounds a whole send.
    // Not buffered: a BufferedStream flushes what it holds when disposed, synchronously, and that write could wait
    // forever on a connection given up because the server stopped reading.
    private static async Task<Stream> OpenAsync(string host, int port, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(host, port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
