using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Hfi.Notifications.Extensions;
using Hfi.Notifications.Mail;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Hfi.Notifications.Tests.Mail;

/// <summary>
/// A send is bounded by Mail:SendTimeout as a whole: a mail server that takes a message and then never answers
/// (frozen, or a network that drops every packet) fails the send in time, so the claim's lease still holds.
/// </summary>
public sealed class SmtpSessionTests
{
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_mail_server_that_stops_answering_during_a_message_fails_the_send_within_the_send_timeout()
    {
        using var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        var serving = ServeUntilTheMessageEndsThenFallSilentAsync(server);
        var sender = new SmtpMailSender(Options.Create(MailTo((IPEndPoint)server.LocalEndpoint)));

        var session = await sender.ConnectAsync(CancellationToken.None);
        try
        {
            var elapsed = Stopwatch.StartNew();
            var send = session.SendAsync(Message());
            Assert.Same(send, await Task.WhenAny(send, Task.Delay(SendTimeout * 4)));

            await Assert.ThrowsAsync<TimeoutException>(() => send);
            Assert.True(elapsed.Elapsed >= SendTimeout, $"gave up after {elapsed.Elapsed}, before the send timeout");
            Assert.False(session.IsConnected);
        }
        finally
        {
            // Bounded too: an unbounded goodbye to a silent server would hang the test instead of failing it.
            await session.DisposeAsync().AsTask().WaitAsync(SendTimeout * 4);
        }
        Assert.True(await serving, "the server received the whole message before it fell silent");
    }

    private static MailOptions MailTo(IPEndPoint server) =>
        new()
        {
            Host = server.Address.ToString(),
            Port = server.Port,
            FromAddress = "sekretariat@hfi.test",
            SenderName = "Sekretariatet",
            SendTimeout = SendTimeout,
        };

    private static MimeMessage Message()
    {
        var message = new MimeMessage
        {
            Subject = "Innkalling",
            Body = new TextPart("plain") { Text = "Velkommen." },
        };
        message.From.Add(new MailboxAddress("Sekretariatet", "sekretariat@hfi.test"));
        message.To.Add(new MailboxAddress("Kari Nordmann", "kari@hamar.kommune.no"));
        return message;
    }

    /// <returns>Whether the message's end came; the connection is then held open without a word.</returns>
    private static async Task<bool> ServeUntilTheMessageEndsThenFallSilentAsync(TcpListener server)
    {
        using var client = await server.AcceptTcpClientAsync();
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        async Task Say(string line) => await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"));

        await Say("220 silent.test ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ')[0].ToUpperInvariant();
            if (verb == "DATA")
            {
                await Say("354 End data with <CR><LF>.<CR><LF>");
                while (await reader.ReadLineAsync() is { } data)
                {
                    if (data == ".")
                    {
                        // Silent from here; held until the client gives up and closes.
                        await reader.ReadLineAsync();
                        return true;
                    }
                }
                return false;
            }
            await Say(verb == "EHLO" ? "250 silent.test" : "250 OK");
        }
        return false;
    }
}
