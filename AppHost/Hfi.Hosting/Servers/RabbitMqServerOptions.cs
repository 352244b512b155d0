namespace Hfi.Hosting.Servers;

/// <summary>
/// Where and how to run a RabbitMQ node of our own.
/// </summary>
/// <param name="DataDirectory">Folder for the node's database, logs, configuration and Erlang cookie.</param>
/// <param name="AmqpPort">AMQP port on 127.0.0.1; 0 picks a free one.</param>
/// <param name="Management">Enables the management plugin (HTTP API and UI) on a free port.</param>
/// <param name="Throwaway">Deletes <paramref name="DataDirectory"/> on dispose.</param>
public sealed record RabbitMqServerOptions(
    string DataDirectory,
    int AmqpPort = 0,
    bool Management = false,
    bool Throwaway = false
);
