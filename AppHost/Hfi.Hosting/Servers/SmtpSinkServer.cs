using System.Globalization;
using Hfi.Hosting.Processes;
using MimeKit;

namespace Hfi.Hosting.Servers;

/// <summary>
/// Where and how to run the local SMTP sink.
/// </summary>
/// <param name="DataDirectory">Folder for the Maildir the caught mail is written to.</param>
/// <param name="Port">SMTP port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="Throwaway">Deletes <paramref name="DataDirectory"/> on dispose.</param>
public sealed record SmtpSinkServerOptions(string DataDirectory, int Port = 0, bool Throwaway = false);

/// <summary>
/// A real SMTP server that accepts every message and keeps it: our mail catcher (Mail/hfi_mailcatcher.py, Python's
/// standard library only), writing each message to a Maildir (one file per message under <c>new/</c>).
/// For local runs and tests;
/// it relays nothing. Can be stopped and started again on the same port (an outage of the mail server).
/// </summary>
public sealed class SmtpSinkServer : IAsyncDisposable
{
    // The Debian interpreter, not whichever python3 is first on PATH (a pyenv one may be anything).
    internal const string Python = "/usr/bin/python3";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly SmtpSinkServerOptions _options;
    private readonly Action<string>? _log;
    private readonly RecentLines _recentOutput = new(capacity: 20);
    private ChildProcess? _process;

    private SmtpSinkServer(SmtpSinkServerOptions options, int port, Action<string>? log)
    {
        _options = options;
        Port = port;
        _log = log;
    }

    public int Port { get; }

    /// <summary>The catcher process's PID (0 while stopped).</summary>
    public int ProcessId => _process is { HasExited: false } process ? process.Id : 0;

    /// <summary>Aspire-style connection string for the services: <c>smtp://127.0.0.1:port</c>.</summary>
    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"smtp://127.0.0.1:{Port}");

    /// <summary>
    /// The Maildir holding the caught messages (read them under <c>new/</c>, or with <see cref="ReadMessagesAsync"/>).
    /// </summary>
    public string MaildirPath => Path.Combine(_options.DataDirectory, "maildir");

    /// <summary>Where each caught message lands as one file (the Maildir's <c>new/</c>).</summary>
    public string CaughtMailFolder => Path.Combine(MaildirPath, "new");

    /// <summary>Completes with the exit code when the running catcher process ends.</summary>
    public Task<int> Exited =>
        _process?.Exited ?? throw new InvalidOperationException("The SMTP sink has not been started.");

    public static async Task<SmtpSinkServer> StartAsync(
        SmtpSinkServerOptions options,
        Action<string>? log = null,
        CancellationToken ct = default
    )
    {
        var dataDirectory = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(dataDirectory);
        var server = new SmtpSinkServer(
            options with
            {
                DataDirectory = dataDirectory,
            },
            options.Port == 0 ? FreePort.Next() : options.Port,
            log
        );
        await ServerProcessMarker.StopLeftoversAsync(dataDirectory, Posix.SigTerm, server.Log);
        await server.RestartAsync(ct);
        return server;
    }

    /// <summary>Starts the server again (after <see cref="StopAsync"/>) on the same port and Maildir.</summary>
    public async Task RestartAsync(CancellationToken ct = default)
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException($"The SMTP sink on port {Port} is already running.");
        }

        _process?.Dispose();
        _process = ChildProcess.Start(ServerProcess(), Log);
        try
        {
            await WaitUntilAcceptingAsync(_process, ct);
        }
        catch
        {
            await StopAsync();
            throw;
        }
    }

    /// <summary>Every message caught so far, oldest first.</summary>
    public async Task<IReadOnlyList<MimeMessage>> ReadMessagesAsync(CancellationToken ct = default)
    {
        var delivered = CaughtMailFolder;
        if (!Directory.Exists(delivered))
        {
            return [];
        }

        // Maildir writes to tmp/ and renames into new/, so every file here is complete.
        var files = new DirectoryInfo(delivered)
            .GetFiles()
            .OrderBy(file => file.LastWriteTimeUtc)
            .ThenBy(file => file.Name);
        var messages = new List<MimeMessage>();
        foreach (var file in files)
        {
            await using var stream = file.OpenRead();
            messages.Add(await MimeMessage.LoadAsync(stream, ct));
        }

        return messages;
    }

    public async Task StopAsync()
    {
        if (_process is { } process)
        {
            await process.StopAsync(Posix.SigTerm, StopTimeout);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        if (_options.Throwaway && Directory.Exists(_options.DataDirectory))
        {
            Directory.Delete(_options.DataDirectory, recursive: true);
        }
    }

    private ProcessSpec ServerProcess() =>
        new ProcessSpec(
            Python,
            [
                .. Arguments(string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}"), MaildirPath)
                    .Select(a => a.ToString()!),
            ]
        )
        {
            WorkingDirectory = _options.DataDirectory,
            Environment = ServerProcessMarker.Variables(_options.DataDirectory),
        }.InOwnSession();

    /// <summary>The catcher's script, copied beside this assembly (Mail/hfi_mailcatcher.py).</summary>
    private static string Script => Path.Combine(AppContext.BaseDirectory, "hfi_mailcatcher.py");

    /// <summary>
    /// The catcher's command line (shared with the AppHost's mail catcher resource); <paramref name="listen"/> is
    /// host:port.
    /// </summary>
    internal static IReadOnlyList<object> Arguments(object listen, string maildir) => [Script, "-l", listen, maildir];

    private async Task WaitUntilAcceptingAsync(ChildProcess process, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(StartTimeout);
        try
        {
            while (!await PortProbe.IsAcceptingAsync("127.0.0.1", Port, timeout.Token))
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException(
                        $"The mail catcher exited with code {await process.Exited} while starting. "
                            + $"Last output:{Environment.NewLine}{_recentOutput}"
                    );
                }

                await Task.Delay(100, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"The mail catcher did not accept connections on port {Port} within {StartTimeout.TotalSeconds:0} s."
            );
        }
    }

    private void Log(string line)
    {
        _recentOutput.Add(line);
        _log?.Invoke(line);
    }
}
