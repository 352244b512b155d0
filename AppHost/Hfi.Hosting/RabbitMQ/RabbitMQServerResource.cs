namespace Hfi.Hosting.RabbitMQ;

/// <summary>
/// Debian's RabbitMQ as an Aspire executable resource (no container engine here): a node of its own (name,
/// cookie, epmd, folders), every listener on 127.0.0.1, login guest/guest.
/// </summary>
public sealed class RabbitMQServerResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory),
        IResourceWithConnectionString
{
    internal const string AmqpEndpointName = "amqp";
    internal const string ManagementEndpointName = "management";
    internal const string DistributionEndpointName = "dist";
    internal const string PortMapperEndpointName = "epmd";

    /// <summary>The node's folders (database, logs, configuration, cookie), kept between runs.</summary>
    public string DataDirectory { get; internal set; } = workingDirectory;

    public bool ManagementPluginEnabled { get; internal set; }

    public EndpointReference AmqpEndpoint => new(this, AmqpEndpointName);

    public EndpointReference ManagementEndpoint => new(this, ManagementEndpointName);

    public EndpointReference PortMapperEndpoint => new(this, PortMapperEndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create(
            $"amqp://guest:guest@{AmqpEndpoint.Property(EndpointProperty.IPV4Host)}:{AmqpEndpoint.Property(EndpointProperty.Port)}/"
        );
}
