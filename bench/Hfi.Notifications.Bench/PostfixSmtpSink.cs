using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Hfi.Hosting.Servers;

namespace Hfi.Notifications.Bench;

/// <summary>
/// Postfix's smtp-sink (eng/install-smtp-sink.sh) on a free port: it accepts every message and throws it away,
/// counting them (<c>-c</c>), so it measures the client, not the sink.
/// </summary>
public sealed partial class PostfixSmtpSink : IAsyncDisposable
{
    public const string Program = "/usr/sbin/smtp-sink";

    private readonly Process _process;
    private int _messages;

    private PostfixSmtpSink(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"smtp://127.0.0.1:{Port}");

    /// <summary>Messages the sink has received so far ("." answered), by its own counter.</summary>
    public int Messages => Volatile.Read(ref _messages);

    public static async Task<PostfixSmtpSink> StartAsync()
    {
        if (!File.Exists(Program))
        {
            throw new InvalidOperationException($"{Program} is missing: run eng/install-smtp-sink.sh (as root) first.");
        }

        var port = FreePort.Next();
        var start = new ProcessStartInfo(Program) { RedirectStandardOutput = true, RedirectStandardError = true };
        // -c counts, -a announces no AUTH; as root it must drop to a user (-u), 256 is the listen backlog.
        foreach (var argument in new[] { "-c", "-a" })
            start.ArgumentList.Add(argument);
        if (Environment.UserName == "root")
        {
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add("nobody");
        }
        start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{port}"));
        start.ArgumentList.Add("256");
        var sink = new PostfixSmtpSink(Process.Start(start)!, port);
        _ = sink.CountAsync();
        _ = sink._process.StandardError.ReadToEndAsync();
        await sink.WaitUntilAcceptingAsync();
        return sink;
    }

    /// <summary>Waits (a second at most) until the sink's counter has reached <paramref name="count"/>.</summary>
    public async Task<int> WaitForCountAsync(int count)
    {
        for (var waited = 0; Messages < count && waited < 50; waited++)
            await Task.Delay(20);
        return Messages;
    }

    // The counter line is rewritten in place: "sess=0 quit=0 mesg=123\r".
    private async Task CountAsync()
    {
        var buffer = new char[4096];
        var pending = string.Empty;
        int read;
        while ((read = await _process.StandardOutput.ReadAsync(buffer)) > 0)
        {
            pending += new string(buffer, 0, read);
            var matches = MessageCounter().Matches(pending);
            if (matches.Count > 0)
            {
                Volatile.Write(ref _messages, int.Parse(matches[^1].Groups[1].Value, CultureInfo.InvariantCulture));
                pending = pending[(matches[^1].Index + matches[^1].Length)..];
            }
        }
    }

    private async Task WaitUntilAcceptingAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"smtp-sink exited with code {_process.ExitCode} while starting.");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new TimeoutException($"smtp-sink did not accept connections on port {Port}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    [GeneratedRegex(@"mesg=(\d+)\r")]
    private static partial Regex MessageCounter();
}
