using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Hfi.Hosting.Mail;
using Hfi.Hosting.Postgres;
using Hfi.Hosting.RabbitMQ;
using Hfi.ServiceDefaults;

namespace Hfi.AppHost.Tests;

/// <summary>
/// The resource graph the AppHost builds, checked without starting anything (environment as Aspire's manifest
/// expressions).
/// </summary>
public sealed class HfiSystemGraphTests : IAsyncLifetime
{
    private static readonly string[] Services =
    [
        ResourceNames.Planning,
        ResourceNames.Meetings,
        ResourceNames.Documents,
        ResourceNames.Notifications,
    ];

    private readonly string _dataDirectory = TestDirectory.Create("graph");
    private IDistributedApplicationTestingBuilder _builder = null!;

    public async Task InitializeAsync() =>
        _builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Hfi_AppHost>([
            $"{HfiSystem.DataDirectorySetting}={_dataDirectory}",
        ]);

    public async Task DisposeAsync()
    {
        await _builder.DisposeAsync();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Fact]
    public void The_system_has_its_servers_four_databases_four_services_and_the_gateway()
    {
        Assert.IsType<PostgresServerResource>(Resource(ResourceNames.Postgres));
        Assert.IsType<RabbitMQServerResource>(Resource(ResourceNames.RabbitMq));
        Assert.IsType<MailCatcherResource>(Resource(ResourceNames.Mail));
        Assert.All(
            [
                ResourceNames.PlanningDatabase,
                ResourceNames.MeetingsDatabase,
                ResourceNames.DocumentsDatabase,
                ResourceNames.NotificationsDatabase,
            ],
            name =>
                Assert.Same(
                    Resource(ResourceNames.Postgres),
                    Assert.IsType<PostgresDatabaseResource>(Resource(name)).Parent
                )
        );
        Assert.All([.. Services, ResourceNames.Gateway], name => Assert.IsType<ProjectResource>(Resource(name)));
    }

    [Theory]
    [InlineData(
        ResourceNames.Planning,
        new[] { ResourceNames.PlanningDatabase, ResourceNames.RabbitMq },
        new string[0]
    )]
    // Meetings asks Documents for previews but cannot wait for it: Documents waits for Meetings.
    [InlineData(
        ResourceNames.Meetings,
        new[] { ResourceNames.MeetingsDatabase, ResourceNames.RabbitMq },
        new[] { ResourceNames.Planning },
        new[] { ResourceNames.Documents }
    )]
    [InlineData(
        ResourceNames.Documents,
        new[] { ResourceNames.DocumentsDatabase, ResourceNames.RabbitMq },
        new[] { ResourceNames.Meetings }
    )]
    [InlineData(
        ResourceNames.Notifications,
        new[] { ResourceNames.Mail, ResourceNames.NotificationsDatabase, ResourceNames.RabbitMq },
        new[] { ResourceNames.Planning, ResourceNames.Meetings, ResourceNames.Documents }
    )]
    [InlineData(
        ResourceNames.Gateway,
        new string[0],
        new[] { ResourceNames.Planning, ResourceNames.Meetings, ResourceNames.Documents, ResourceNames.Notifications }
    )]
    public async Task A_project_gets_exactly_its_own_database_the_broker_and_the_services_it_calls_and_waits_for_them(
        string project,
        string[] connections,
        string[] calledServices,
        string[]? calledWithoutWaiting = null
    )
    {
        var environment = await EnvironmentOf(project);

        Assert.Equal(
            connections.Order(StringComparer.Ordinal).Select(connection => $"ConnectionStrings__{connection}"),
            KeysStartingWith(environment, "ConnectionStrings__")
        );
        Assert.Equal(
            calledServices
                .Concat(calledWithoutWaiting ?? [])
                .Order(StringComparer.Ordinal)
                .Select(called => $"services__{called}__http__0"),
            KeysStartingWith(environment, "services__")
                .Where(key => key.EndsWith("__http__0", StringComparison.Ordinal))
        );
        // Waiting for a database also waits for its server (Aspire adds the parent).
        var server = connections.Any(connection => connection.EndsWith("db", StringComparison.Ordinal))
            ? [ResourceNames.Postgres]
            : Array.Empty<string>();
        Assert.Equal(
            connections.Concat(calledServices).Concat(server).Order(StringComparer.Ordinal),
            Resource(project)
                .Annotations.OfType<WaitAnnotation>()
                .Select(wait => wait.Resource.Name)
                .Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public void Services_speak_cleartext_http2_only_and_the_gateway_offers_http1_and_2_plus_an_http2_grpc_endpoint()
    {
        foreach (var service in Services)
        {
            Assert.Equal("http2", Endpoint(service, "http").Transport);
        }

        Assert.NotEqual("http2", Endpoint(ResourceNames.Gateway, "http").Transport);
        Assert.Equal("http2", Endpoint(ResourceNames.Gateway, HfiSystem.GatewayGrpcEndpoint).Transport);
        Assert.True(Endpoint(ResourceNames.Gateway, "http").IsExternal);
    }

    [Fact]
    public async Task Notifications_sends_to_the_mail_catcher_and_links_members_to_the_gateway()
    {
        var environment = await EnvironmentOf(ResourceNames.Notifications);

        Assert.Equal("{mail.connectionString}", environment["ConnectionStrings__mail"]);
        Assert.Equal("{gateway.bindings.http.url}", environment["Web__PublicBaseUrl"]);
    }

    [Fact]
    public async Task Every_project_gets_the_shared_development_token_settings_and_a_short_telemetry_flush()
    {
        var signingKey = await File.ReadAllTextAsync(Path.Combine(_dataDirectory, "jwt-signing-key"));

        foreach (var project in _builder.Resources.OfType<ProjectResource>())
        {
            var environment = await EnvironmentOf(project.Name);
            Assert.Equal(signingKey, environment["Identity__SigningKey"]);
            Assert.Equal("hfi-dev", environment["Identity__Issuer"]);
            Assert.Equal("hfi", environment["Identity__Audience"]);
            Assert.Equal("1000", environment["OTEL_EXPORTER_OTLP_TIMEOUT"]);
            Assert.Equal("false", environment["DOTNET_hostBuilder__reloadConfigOnChange"]);
        }

        Assert.Equal(32, Convert.FromBase64String(signingKey).Length);
    }

    [Fact]
    public void Every_server_and_project_has_a_health_check_so_waiting_for_it_means_ready()
    {
        string[] ours =
        [
            ResourceNames.Postgres,
            ResourceNames.PlanningDatabase,
            ResourceNames.MeetingsDatabase,
            ResourceNames.DocumentsDatabase,
            ResourceNames.NotificationsDatabase,
            ResourceNames.RabbitMq,
            ResourceNames.Mail,
            .. Services,
            ResourceNames.Gateway,
        ];
        foreach (var resource in ours.Select(Resource))
        {
            Assert.True(
                resource.TryGetAnnotationsOfType<HealthCheckAnnotation>(out _),
                $"{resource.Name} has no health check"
            );
        }
    }

    [Fact]
    public void The_broker_offers_moving_error_queue_messages_back_as_a_command()
    {
        Assert.Contains(
            Resource(ResourceNames.RabbitMq).Annotations.OfType<ResourceCommandAnnotation>(),
            command => command.Name == "move-error-queues-back"
        );
    }

    private IResource Resource(string name) => _builder.Resources.Single(resource => resource.Name == name);

    private EndpointAnnotation Endpoint(string resource, string name) =>
        Resource(resource).Annotations.OfType<EndpointAnnotation>().Single(endpoint => endpoint.Name == name);

    /// <summary>
    /// The environment as manifest expressions ("{mail.connectionString}"): what refers to what, without starting
    /// anything.
    /// </summary>
#pragma warning disable CS0618 // Its successor (ExecutionConfigurationBuilder) needs a running app; this reads the model as published.
    private async Task<Dictionary<string, string>> EnvironmentOf(string name) =>
        await ((IResourceWithEnvironment)Resource(name)).GetEnvironmentVariableValuesAsync(
            DistributedApplicationOperation.Publish
        );
#pragma warning restore CS0618

    private static List<string> KeysStartingWith(Dictionary<string, string> environment, string prefix) =>
        [
            .. environment
                .Keys.Where(key => key.StartsWith(prefix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal),
        ];
}
