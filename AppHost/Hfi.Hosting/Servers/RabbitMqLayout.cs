using System.Globalization;

namespace Hfi.Hosting.Servers;

/// <summary>The folders and files of a RabbitMQ node's data directory, and the environment that points the node and its CLI at them.</summary>
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

    public IReadOnlyDictionary<string, string?> Environment(RabbitMqPorts ports, string nodeName)
    {
        var environment = new Dictionary<string, string?>
        {
            ["HOME"] = HomeDirectory,
            ["RABBITMQ_NODENAME"] = nodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = Format(ports.Amqp),
            ["RABBITMQ_DIST_PORT"] = Format(ports.Distribution),
            // A port mapper of our own: nodes and tests don't collide, and we can stop it afterwards.
            ["ERL_EPMD_PORT"] = Format(ports.PortMapper),
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
            // -noinput keeps the shell off, +B i ignores SIGINT (we stop the node with rabbitmqctl).
            ["RABBITMQ_ALLOW_INPUT"] = "true",
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-noinput +B i",
        };
        foreach (var (name, value) in ServerProcessMarker.Variables(Root))
        {
            environment[name] = value;
        }

        return environment;
    }

    private static string Format(int port) => port.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The ports one node uses: AMQP, Erlang distribution, its own port mapper, and the management plugin (if on).</summary>
internal sealed record RabbitMqPorts(int Amqp, int Distribution, int PortMapper, int? Management);
