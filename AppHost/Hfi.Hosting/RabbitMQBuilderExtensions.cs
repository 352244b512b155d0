using Hfi.Hosting.ApplicationModel;

namespace Hfi.Hosting;

public static class RabbitMQBuilderExtensions
{
    /// <summary>
    /// Adds a RabbitMQ node. Unless configuration has <c>ConnectionStrings:&lt;name&gt;</c> (then that existing
    /// node is used), the AppHost runs one of its own on free ports; throwaway unless given a data directory.
    /// </summary>
    public static IResourceBuilder<RabbitMQServerResource> AddRabbitMQ(this IDistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new RabbitMQServerResource(name));

    /// <summary>Keeps the node's data in <paramref name="path"/> (relative to the AppHost directory) between runs.</summary>
    public static IResourceBuilder<RabbitMQServerResource> WithDataDirectory(
        this IResourceBuilder<RabbitMQServerResource> builder, string path)
    {
        builder.Resource.DataDirectory = Path.GetFullPath(path, builder.ApplicationBuilder.AppHostDirectory);
        return builder;
    }

    /// <summary>Turns on the management UI and HTTP API (guest/guest) on a free port of 127.0.0.1.</summary>
    public static IResourceBuilder<RabbitMQServerResource> WithManagementPlugin(this IResourceBuilder<RabbitMQServerResource> builder)
    {
        builder.Resource.ManagementPluginEnabled = true;
        return builder;
    }
}
