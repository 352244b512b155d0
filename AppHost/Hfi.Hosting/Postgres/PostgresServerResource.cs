namespace Hfi.Hosting.Postgres;

/// <summary>
/// Debian's PostgreSQL server as an Aspire executable resource (no container engine here), listening on
/// 127.0.0.1 with trust authentication for the <c>postgres</c> superuser.
/// </summary>
public sealed class PostgresServerResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory),
        IResourceWithConnectionString
{
    internal const string EndpointName = "tcp";

    private EndpointReference? _endpoint;

    /// <summary>Where the cluster lives (initialised on first start, kept between runs).</summary>
    public string DataDirectory { get; internal set; } = workingDirectory;

    /// <summary>The databases the server creates on first start, by resource name.</summary>
    public IReadOnlyList<PostgresDatabaseResource> Databases => _databases;

    public EndpointReference Endpoint => _endpoint ??= new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create(
            $"Host={Endpoint.Property(EndpointProperty.IPV4Host)};Port={Endpoint.Property(EndpointProperty.Port)};Username={Servers.PostgresCluster.SuperUser}"
        );

    private readonly List<PostgresDatabaseResource> _databases = [];

    internal void AddDatabase(PostgresDatabaseResource database) => _databases.Add(database);
}

/// <summary>A database on a <see cref="PostgresServerResource"/>, created when the server first comes up.</summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource parent)
    : Resource(name),
        IResourceWithParent<PostgresServerResource>,
        IResourceWithConnectionString
{
    public PostgresServerResource Parent { get; } = parent;

    public string DatabaseName { get; } = databaseName;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}
