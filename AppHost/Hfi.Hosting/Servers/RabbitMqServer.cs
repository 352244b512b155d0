using System.Globalization;
using Hfi.Hosting.Processes;

namespace Hfi.Hosting.Servers;

/// <summary>
/// A throwaway RabbitMQ node for tests (the AppHost runs the same <see cref="RabbitMqLayout"/> as an Aspire resource),
/// isolated from any other on the machine: its own node name, ports, Erlang
/// port mapper (epmd), cookie and folders. Runs as the rabbitmq user when we are root. Login: guest/guest.
/// </summary>
public sealed class RabbitMqServer : IAsyncDisposable
{
    private const string ControlScript = RabbitMqLayout.ControlScript;
    private const string DiagnosticsScript = RabbitMqLayout.DiagnosticsScript;
    private static readonly ServiceAccount Account = RabbitMqLayout.Account;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan ControlTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(15);

    private readonly RabbitMqServerOptions _options;
    private readonly RabbitMqLayout _layout;
    private readonly RabbitMqPorts _ports;
    private readonly string _nodeName;
    private ChildProcess _process;
    private readonly Action<string> _log;
    private readonly RecentLines _recentOutput;

    private RabbitMqServer(
        RabbitMqServerOptions options,
        RabbitMqLayout layout,
        RabbitMqPorts ports,
        string nodeName,
        ChildProcess process,
        Action<string> log,
        RecentLines recentOutput
    )
    {
        _options = options;
        _layout = layout;
        _ports = ports;
        _nodeName = nodeName;
        _process = process;
        _log = log;
        _recentOutput = recentOutput;
    }

    public int AmqpPort => _ports.Amqp;

    public int? ManagementPort => _ports.Management;

    public string? ManagementUrl => ManagementPort is { } port ? $"http://127.0.0.1:{port}/" : null;

    /// <summary>The Erlang VM's own PID (beam.smp).</summary>
    public int ProcessId => _process.Id;

    /// <summary>The port of this node's own Erlang port mapper (epmd).</summary>
    public int PortMapperPort => _ports.PortMapper;

    /// <summary>Completes with the exit code when the node's VM has exited (stopped or crashed).</summary>
    /// <summary>Completes when the running node's process ends.</summary>
    public Task<int> Exited => _process.Exited;

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{AmqpPort}/";

    public static async Task<RabbitMqServer> StartAsync(
        RabbitMqServerOptions options,
        Action<string>? log = null,
        CancellationToken ct = default
    )
    {
        var layout = new RabbitMqLayout(Path.GetFullPath(options.DataDirectory));
        var recentOutput = new RecentLines(capacity: 30);
        void Log(string line)
        {
            recentOutput.Add(line);
            log?.Invoke(line);
        }

        await ServerProcessMarker.StopLeftoversAsync(layout.Root, Posix.SigTerm, Log);
        var ports = new RabbitMqPorts(
            Amqp: options.AmqpPort == 0 ? FreePort.Next() : options.AmqpPort,
            Distribution: FreePort.Next(),
            PortMapper: FreePort.Next(),
            Management: options.Management ? FreePort.Next() : null
        );
        var nodeName = await PrepareDataDirectoryAsync(layout, ports, ct);

        var process = ChildProcess.Start(ServerProcess(layout, ports, nodeName), Log);
        var server = new RabbitMqServer(
            options with
            {
                DataDirectory = layout.Root,
            },
            layout,
            ports,
            nodeName,
            process,
            Log,
            recentOutput
        );
        try
        {
            await server.WaitUntilReadyAsync(ct);
            return server;
        }
        catch
        {
            await server.StopAsync();
            throw;
        }
    }

    /// <summary>
    /// Starts the node again (after <see cref="StopAsync"/>) on the same ports and data directory, as a broker
    /// restart in production: durable queues and the messages in them are still there.
    /// </summary>
    public async Task RestartAsync(CancellationToken ct = default)
    {
        if (!_process.HasExited)
        {
            throw new InvalidOperationException($"The RabbitMQ node on port {AmqpPort} is already running.");
        }

        _process.Dispose();
        _process = ChildProcess.Start(ServerProcess(_layout, _ports, _nodeName), _log);
        try
        {
            await WaitUntilReadyAsync(ct);
        }
        catch
        {
            await StopAsync();
            throw;
        }
    }

    /// <summary>
    /// Stops the node with <c>rabbitmqctl stop</c> (the whole process tree is killed if that fails),
    /// then ends its port mapper and anything else still running for this data directory.
    /// </summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                await RunControlAsync(ControlScript, ["-n", _nodeName, "stop"], CancellationToken.None);
            }
            catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
            {
                _log($"rabbitmqctl stop failed; killing the node. {exception.Message}");
            }

            if (!await _process.WaitForExitAsync(ExitTimeout))
            {
                await _process.KillTreeAsync();
            }
        }

        await StopPortMapperAsync();
        var stragglers = await ServerProcessMarker.KillRemainingAsync(_layout.Root, TimeSpan.FromSeconds(3));
        if (stragglers > 0)
        {
            _log($"Killed {stragglers} process(es) still running for {_layout.Root} after the stop.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        if (_options.Throwaway && Directory.Exists(_layout.Root))
        {
            Directory.Delete(_layout.Root, recursive: true);
        }
    }

    private static async Task<string> PrepareDataDirectoryAsync(
        RabbitMqLayout layout,
        RabbitMqPorts ports,
        CancellationToken ct
    )
    {
        var nodeName = await layout.PrepareAsync(ports.Management is not null, ct);
        return nodeName;
    }

    private static ProcessSpec ServerProcess(RabbitMqLayout layout, RabbitMqPorts ports, string nodeName) =>
        layout.Server().InOwnSession() with
        {
            Environment = NodeEnvironment(layout, ports, nodeName),
        };

    private static Dictionary<string, string?> NodeEnvironment(
        RabbitMqLayout layout,
        RabbitMqPorts ports,
        string nodeName
    )
    {
        var environment = layout.Environment(nodeName);
        foreach (var (name, value) in RabbitMqLayout.PortVariables(ports))
        {
            environment[name] = value;
        }

        if (ports.Management is { } managementPort)
        {
            environment["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = RabbitMqLayout.ErlangArguments(
                managementPort.ToString(CultureInfo.InvariantCulture)
            );
        }

        return environment;
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(StartTimeout);
        try
        {
            await WaitForPortAsync(AmqpPort, timeout.Token);
            if (ManagementPort is { } managementPort)
            {
                await WaitForPortAsync(managementPort, timeout.Token);
            }

            await WaitForListenersAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"RabbitMQ did not start within {StartTimeout.TotalSeconds:0} s. Last output:{Environment.NewLine}{_recentOutput}"
            );
        }
    }

    /// <summary>
    /// Asks the node whether its listeners answer. Its AMQP port can accept before its boot has ended, and the node then
    /// answers that the 'rabbit' app is not running yet: asked again until it is, or until the node has exited.
    /// </summary>
    private async Task WaitForListenersAsync(CancellationToken ct)
    {
        while (true)
        {
            try
            {
                await RunControlAsync(DiagnosticsScript, ["-q", "-n", _nodeName, "check_port_connectivity"], ct);
                return;
            }
            catch (InvalidOperationException) when (!_process.HasExited && !ct.IsCancellationRequested)
            {
                await Task.Delay(500, ct);
            }
        }
    }

    private async Task WaitForPortAsync(int port, CancellationToken ct)
    {
        while (!await PortProbe.IsAcceptingAsync("127.0.0.1", port, ct))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"RabbitMQ exited with code {await _process.Exited} while starting. Last output:{Environment.NewLine}{_recentOutput}"
                );
            }

            await Task.Delay(200, ct);
        }
    }

    /// <summary>
    /// Runs a RabbitMQ CLI tool as the node's user with the node's environment (cookie, port mapper).
    /// </summary>
    private Task RunControlAsync(string script, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var spec = new ProcessSpec(script, arguments)
        {
            WorkingDirectory = _layout.HomeDirectory,
            Environment = NodeEnvironment(_layout, _ports, _nodeName),
        };
        return Command.RunAsync(spec.As(Account), ControlTimeout, ct, _log);
    }

    private async Task StopPortMapperAsync()
    {
        var portMapper = new ProcessSpec(
            "epmd",
            ["-port", PortMapperPort.ToString(CultureInfo.InvariantCulture), "-kill"]
        );
        try
        {
            await Command.RunAsync(portMapper, TimeSpan.FromSeconds(10), CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // No port mapper listening: nothing to stop.
        }
    }
}
