using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Hfi.Notifications.Bench;

/// <summary>
/// The sink's own ceiling: a plain SMTP client on raw sockets sends one prepared message again and again over
/// <c>connections</c> connections, pipelining MAIL/RCPT/DATA when the server offers PIPELINING. No database, no MIME
/// building: what is left is the sink and the loopback.
/// </summary>
public static class SmtpBlast
{
    /// <returns>Messages accepted per second.</returns>
    public static async Task<double> RunAsync(int port, byte[] message, int messages, int connections)
    {
        var body = DotStuffed(message);
        var remaining = messages;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(
            Enumerable
                .Range(0, connections)
                .Select(async _ =>
                {
                    using var client = new TcpClient { NoDelay = true };
                    await client.ConnectAsync("127.0.0.1", port);
                    var stream = client.GetStream();
                    var reader = new StreamReader(stream, Encoding.ASCII);
                    await ExpectAsync(reader, "220");
                    await stream.WriteAsync("EHLO bench.hfi.test\r\n"u8.ToArray());
                    var greeting = await ExpectAsync(reader, "250");
                    var pipelining = greeting.Contains("PIPELINING", StringComparison.OrdinalIgnoreCase);
                    var envelope = Encoding.ASCII.GetBytes(
                        "MAIL FROM:<ikke-svar@helsefellesskapinnlandet.no>\r\nRCPT TO:<medlem@kommune.test>\r\nDATA\r\n"
                    );
                    while (Interlocked.Decrement(ref remaining) >= 0)
                    {
                        if (pipelining)
                        {
                            await stream.WriteAsync(envelope);
                            await ExpectAsync(reader, "250");
                            await ExpectAsync(reader, "250");
                        }
                        else
                        {
                            foreach (var line in Encoding.ASCII.GetString(envelope).Split("\r\n")[..2])
                            {
                                await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"));
                                await ExpectAsync(reader, "250");
                            }
                            await stream.WriteAsync("DATA\r\n"u8.ToArray());
                        }
                        await ExpectAsync(reader, "354");
                        await stream.WriteAsync(body);
                        await ExpectAsync(reader, "250");
                    }
                    await stream.WriteAsync("QUIT\r\n"u8.ToArray());
                })
        );
        return messages / clock.Elapsed.TotalSeconds;
    }

    /// <summary>The message as DATA carries it: lines starting with "." doubled, ended by CRLF "." CRLF.</summary>
    private static byte[] DotStuffed(byte[] message)
    {
        var text = Encoding.Latin1.GetString(message).Replace("\r\n.", "\r\n..", StringComparison.Ordinal);
        if (text.StartsWith('.'))
            text = "." + text;
        if (!text.EndsWith("\r\n", StringComparison.Ordinal))
            text += "\r\n";
        return Encoding.Latin1.GetBytes(text + ".\r\n");
    }

    /// <returns>The whole (possibly multi-line) reply.</returns>
    private static async Task<string> ExpectAsync(StreamReader reader, string code)
    {
        var reply = new StringBuilder();
        string? line;
        do
        {
            line = await reader.ReadLineAsync() ?? throw new IOException("The SMTP server closed the connection.");
            reply.AppendLine(line);
        } while (line.Length > 3 && line[3] == '-');
        if (!line.StartsWith(code, StringComparison.Ordinal))
            throw new IOException($"Expected {code}, got: {line}");
        return reply.ToString();
    }
}
