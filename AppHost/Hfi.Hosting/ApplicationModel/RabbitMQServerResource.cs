namespace Hfi.Hosting.ApplicationModel;

/// <summary>A RabbitMQ node: one of our own, or an existing one named by <c>ConnectionStrings:&lt;name&gt;</c>.</summary>
public sealed class RabbitMQServerResource(string name) : IResourceWithConnectionString
{
    public string Name { get; } = name;

    /// <summary>Where our node keeps its data between runs; null runs a throwaway node in a temporary folder.</summary>
    public string? DataDirectory { get; internal set; }

    public bool ManagementPluginEnabled { get; internal set; }

    public AllocatedPort AmqpPort { get; } = new();

    /// <summary>The connection string configuration supplied for an existing node; we start no node then.</summary>
    public string? ExistingConnectionString { get; internal set; }

    public bool UsesExistingServer => ExistingConnectionString is not null;

    public string GetConnectionString() => ExistingConnectionString ?? $"amqp://guest:guest@127.0.0.1:{AmqpPort.Value}/";
}
