using System.Globalization;
using Hfi.Hosting.Processes;

namespace Hfi.Hosting.Servers;

/// <summary>
/// The folders and files of a RabbitMQ node's data directory, and the environment that points the node and its CLI at
/// them.
/// </summary>
internal sealed record RabbitMqLayout(string Root)
{
    public string MnesiaDirectory => Path.Combine(Root, "mnesia");

    public string LogDirectory => Path.Combine(Root, "log");

    public string ConfigDirectory => Path.Combine(Root, "config");

    /// <summary>HOME of the node and its CLI: the Erlang cookie lives here.</summary>
    public string HomeDirectory => Path.Combine(Root, "home");

    public string ConfigFile => Path.Combine(ConfigDirectory, "rabbitmq.conf");

    public string EnabledPluginsFile => Path.Combine(ConfigDirectory, "enabled_plugins");

    public string PidFile => Path.Combine(Root, "rabbitmq.pid");

    /// <summary>Holds the node name chosen on first start: the node's database is bound to it.</summary>
    public string NodeNameFile => Path.Combine(Root, "nodename");

    public IEnumerable<string> Directories => [MnesiaDirectory, LogDirectory, ConfigDirectory, HomeDirectory];

    /// <summary>
    /// The node's environment without its ports (AMQP, distribution, port mapper: <see cref="PortVariables"/>).
    /// </summary>
    public Dictionary<string, string?> Environment(string nodeName)
    {
        var environment = new Dictionary<string, string?>
        {
            ["HOME"] = HomeDirectory,
            ["RABBITMQ_NODENAME"] = nodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            // The node's own port mapper (epmd), on loopback only: nodes and tests don't collide, and we can stop it afterwards.
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_MNESIA_BASE"] = MnesiaDirectory,
            ["RABBITMQ_LOG_BASE"] = LogDirectory,
            ["RABBITMQ_LOGS"] = "-",
            // RABBITMQ_CONFIG_FILE names rabbitmq.conf without its extension.
            ["RABBITMQ_CONFIG_FILE"] = Path.ChangeExtension(ConfigFile, null),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(ConfigDirectory, "advanced.config"),
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(ConfigDirectory, "rabbitmq-env.conf"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = EnabledPluginsFile,
            ["RABBITMQ_PID_FILE"] = PidFile,
            // Makes rabbitmq-server exec the VM instead of waiting on it in a shell, so the PID is beam's own;
            // -noinput keeps the shell off, +B i ignores SIGINT (the node is stopped with SIGTERM or rabbitmqctl);
            // inet_dist_use_interface keeps the Erlang distribution port on loopback.
            ["RABBITMQ_ALLOW_INPUT"] = "true",
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = ErlangArguments(managementPort: null),
        };
        foreach (var (name, value) in ServerProcessMarker.Variables(Root))
        {
            environment[name] = value;
        }

        return environment;
    }

    /// <summary>
    /// The VM's extra arguments; with <paramref name="managementPort"/> (a number or a placeholder Aspire fills in)
    /// the management plugin listens there on 127.0.0.1.
    /// </summary>
    public static string ErlangArguments(string? managementPort) =>
        "-noinput +B i -kernel inet_dist_use_interface {127,0,0,1}"
        + (
            managementPort is null
                ? string.Empty
                : $" -rabbitmq_management tcp_config [{{ip,\"127.0.0.1\"}},{{port,{managementPort}}}]"
        );

    public const string AmqpPortVariable = "RABBITMQ_NODE_PORT";
    public const string DistributionPortVariable = "RABBITMQ_DIST_PORT";
    public const string PortMapperPortVariable = "ERL_EPMD_PORT";

    public static IEnumerable<KeyValuePair<string, string?>> PortVariables(RabbitMqPorts ports) =>
        [
            new(AmqpPortVariable, Format(ports.Amqp)),
            // Its default (AMQP port + 20000) overflows 65535 with high ports.
            new(DistributionPortVariable, Format(ports.Distribution)),
            new(PortMapperPortVariable, Format(ports.PortMapper)),
        ];

    /// <summary>
    /// Creates the folders, the node name (chosen once: the node's database is bound to it) and the plugin list.
    /// </summary>
    public async Task<string> PrepareAsync(bool management, CancellationToken ct)
    {
        foreach (var directory in Directories)
        {
            System.IO.Directory.CreateDirectory(directory);
        }

        var nodeName = await ReadOrCreateNodeNameAsync(ct);
        // With the management API comes the shovel, which moves parked messages back to their queue.
        await File.WriteAllTextAsync(
            EnabledPluginsFile,
            management ? "[rabbitmq_management,rabbitmq_shovel,rabbitmq_shovel_management]." : "[].",
            ct
        );
        await File.WriteAllTextAsync(
            ConfigFile,
            "# Written by Hfi.Hosting on every start; ports come from the environment." + System.Environment.NewLine,
            ct
        );
        await Account.TakeOwnershipAsync([Root], ct);
        return nodeName;
    }

    public async Task<string> ReadOrCreateNodeNameAsync(CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(Root);
        if (!File.Exists(NodeNameFile))
        {
            var suffix = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4));
            await File.WriteAllTextAsync(NodeNameFile, $"hfi-{suffix}@localhost", ct);
        }

        return (await File.ReadAllTextAsync(NodeNameFile, ct)).Trim();
    }

    public const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    public const string ControlScript = "/usr/lib/rabbitmq/bin/rabbitmqctl";
    public const string DiagnosticsScript = "/usr/lib/rabbitmq/bin/rabbitmq-diagnostics";
    public static readonly ServiceAccount Account = new("rabbitmq");

    /// <summary>
    /// rabbitmq-server as the rabbitmq user (when we are root); the environment is set by the caller.
    /// </summary>
    public ProcessSpec Server() => new ProcessSpec(ServerScript, []) { WorkingDirectory = HomeDirectory }.As(Account);

    private static string Format(int port) => port.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The ports one node uses: AMQP, Erlang distribution, its own port mapper, and the management plugin (if on).
/// </summary>
internal sealed record RabbitMqPorts(int Amqp, int Distribution, int PortMapper, int? Management);
