using Hfi.Hosting;
using Hfi.Hosting.ApplicationModel;
using Hfi.ServiceDefaults;

namespace Hfi.AppHost.Tests;

/// <summary>The resource graph AddHfiSystem builds, checked without starting anything.</summary>
public sealed class HfiSystemGraphTests : IDisposable
{
    private static readonly string[] Services =
        [ResourceNames.Planning, ResourceNames.Meetings, ResourceNames.Documents, ResourceNames.Notifications];

    private readonly string _dataDirectory = TestDirectory.Create("graph");

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Fact]
    public void The_system_has_eight_resources()
    {
        var app = Build();

        Assert.Equal(
            [ResourceNames.Postgres, ResourceNames.RabbitMq, ResourceNames.Mail, .. Services, ResourceNames.Gateway],
            app.Resources.Select(resource => resource.Name));
    }

    [Fact]
    public void Servers_start_first_services_follow_their_dependencies_and_the_gateway_starts_last()
    {
        var order = Build().StartOrder.Select(resource => resource.Name).ToList();

        foreach (var service in Services)
        {
            Assert.True(order.IndexOf(ResourceNames.Postgres) < order.IndexOf(service));
            Assert.True(order.IndexOf(ResourceNames.RabbitMq) < order.IndexOf(service));
        }

        Assert.True(order.IndexOf(ResourceNames.Planning) < order.IndexOf(ResourceNames.Meetings));
        Assert.True(order.IndexOf(ResourceNames.Meetings) < order.IndexOf(ResourceNames.Documents));
        Assert.True(order.IndexOf(ResourceNames.Documents) < order.IndexOf(ResourceNames.Notifications));
        Assert.Equal(ResourceNames.Gateway, order[^1]);
    }

    [Fact]
    public void Every_project_waits_for_everything_it_references()
    {
        foreach (var project in Build().Resources.OfType<ProjectResource>())
        {
            Assert.Equal(project.References, project.WaitsFor);
        }
    }

    [Fact]
    public void Every_project_file_exists()
    {
        foreach (var project in Build().Resources.OfType<ProjectResource>())
        {
            Assert.True(File.Exists(project.ProjectPath), project.ProjectPath);
        }
    }

    [Fact]
    public void Planning_gets_its_database_and_the_broker_and_listens_on_cleartext_http2()
    {
        var app = Build();
        var environment = app.GetEnvironment(ResourceNames.Planning);

        var postgresPort = ((PostgresServerResource)Resource(app, ResourceNames.Postgres)).Port.Value;
        var rabbitPort = ((RabbitMQServerResource)Resource(app, ResourceNames.RabbitMq)).AmqpPort.Value;
        Assert.Equal($"Host=127.0.0.1;Port={postgresPort};Username=postgres;Database=planningdb", environment["ConnectionStrings__planningdb"]);
        Assert.Equal($"amqp://guest:guest@127.0.0.1:{rabbitPort}/", environment["ConnectionStrings__rabbitmq"]);
        Assert.Equal(app.GetEndpoint(ResourceNames.Planning, "http").ToString().TrimEnd('/'), environment["Kestrel__Endpoints__http__Url"]);
        Assert.Equal("Http2", environment["Kestrel__Endpoints__http__Protocols"]);
        Assert.DoesNotContain(environment.Keys, key => key.StartsWith("services__", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ResourceNames.Planning, new[] { ResourceNames.PlanningDatabase, ResourceNames.RabbitMq }, new string[0])]
    [InlineData(ResourceNames.Meetings, new[] { ResourceNames.MeetingsDatabase, ResourceNames.RabbitMq }, new[] { ResourceNames.Planning })]
    [InlineData(ResourceNames.Documents, new[] { ResourceNames.DocumentsDatabase, ResourceNames.RabbitMq }, new[] { ResourceNames.Meetings })]
    [InlineData(ResourceNames.Notifications, new[] { ResourceNames.Mail, ResourceNames.NotificationsDatabase, ResourceNames.RabbitMq },
        new[] { ResourceNames.Planning, ResourceNames.Meetings, ResourceNames.Documents })]
    public void A_service_gets_exactly_its_own_database_the_broker_and_the_services_it_calls(
        string service, string[] connections, string[] calledServices)
    {
        var app = Build();
        var environment = app.GetEnvironment(service);

        Assert.Equal(
            connections.Order(StringComparer.Ordinal).Select(connection => $"ConnectionStrings__{connection}"),
            KeysStartingWith(environment, "ConnectionStrings__"));
        Assert.Equal(
            calledServices.Order(StringComparer.Ordinal).Select(called => $"services__{called}__http__0"),
            KeysStartingWith(environment, "services__"));
        foreach (var called in calledServices)
        {
            Assert.Equal(app.GetEndpoint(called, "http").ToString().TrimEnd('/'), environment[$"services__{called}__http__0"]);
        }
    }

    [Fact]
    public void Notifications_sends_to_the_mail_catcher_and_links_members_to_the_gateway()
    {
        var app = Build();
        var environment = app.GetEnvironment(ResourceNames.Notifications);

        var mail = (MailCatcherResource)Resource(app, ResourceNames.Mail);
        Assert.Equal($"smtp://127.0.0.1:{mail.SmtpPort.Value}", environment["ConnectionStrings__mail"]);
        Assert.Equal(app.GetEndpoint(ResourceNames.Gateway, "http").ToString().TrimEnd('/'), environment["Web__PublicBaseUrl"]);
        Assert.Contains(mail, ((ProjectResource)Resource(app, ResourceNames.Notifications)).WaitsFor);
    }

    [Fact]
    public void Documents_renders_pdfs_in_local_runs()
    {
        Assert.Equal("AGPL-3.0-only", Build().GetEnvironment(ResourceNames.Documents)["Documents__PdfLicence"]);
    }

    [Fact]
    public void The_gateway_finds_all_four_services_and_offers_http1_and_http2_plus_an_http2_grpc_port()
    {
        var app = Build();
        var environment = app.GetEnvironment(ResourceNames.Gateway);

        Assert.Equal(
            Services.Order(StringComparer.Ordinal).Select(service => $"services__{service}__http__0"),
            KeysStartingWith(environment, "services__"));
        Assert.Empty(KeysStartingWith(environment, "ConnectionStrings__"));
        Assert.Equal("Http1AndHttp2", environment["Kestrel__Endpoints__http__Protocols"]);
        Assert.Equal("Http2", environment["Kestrel__Endpoints__grpc__Protocols"]);
        Assert.NotEqual(app.GetEndpoint(ResourceNames.Gateway, "http").Port, app.GetEndpoint(ResourceNames.Gateway, "grpc").Port);
    }

    [Fact]
    public void Every_project_runs_in_development_with_its_service_name_and_the_shared_development_token_settings()
    {
        var app = Build();
        var signingKey = File.ReadAllText(Path.Combine(_dataDirectory, "jwt-signing-key"));

        foreach (var project in app.Resources.OfType<ProjectResource>())
        {
            var environment = app.GetEnvironment(project.Name);
            Assert.Equal("Development", environment["ASPNETCORE_ENVIRONMENT"]);
            Assert.Equal("Development", environment["DOTNET_ENVIRONMENT"]);
            Assert.Equal("false", environment["DOTNET_hostBuilder__reloadConfigOnChange"]);
            Assert.Equal(project.Name, environment["OTEL_SERVICE_NAME"]);
            Assert.False(environment.ContainsKey("OTEL_EXPORTER_OTLP_ENDPOINT"));
            Assert.Equal(signingKey, environment["Identity__SigningKey"]);
            Assert.Equal("hfi-dev", environment["Identity__Issuer"]);
            Assert.Equal("hfi", environment["Identity__Audience"]);
        }

        Assert.Equal(32, Convert.FromBase64String(signingKey).Length);
    }

    [Fact]
    public void The_signing_key_is_generated_once_and_kept()
    {
        var first = Build().GetEnvironment(ResourceNames.Planning)["Identity__SigningKey"];
        var second = Build().GetEnvironment(ResourceNames.Planning)["Identity__SigningKey"];

        Assert.Equal(first, second);
    }

    [Fact]
    public void An_otlp_endpoint_in_the_apphost_configuration_is_passed_on()
    {
        var app = Build("--OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4317");

        Assert.Equal("http://127.0.0.1:4317", app.GetEnvironment(ResourceNames.Planning)["OTEL_EXPORTER_OTLP_ENDPOINT"]);
    }

    [Fact]
    public void Servers_named_in_configuration_are_used_as_they_are_and_none_of_ours_is_started()
    {
        var app = Build(
            "--ConnectionStrings:postgres=Host=db.example;Port=6543;Username=hfi;Password=secret",
            "--ConnectionStrings:rabbitmq=amqp://hfi:secret@mq.example:5673/");

        var postgres = (PostgresServerResource)Resource(app, ResourceNames.Postgres);
        var rabbitMq = (RabbitMQServerResource)Resource(app, ResourceNames.RabbitMq);
        Assert.True(postgres.UsesExistingServer);
        Assert.True(rabbitMq.UsesExistingServer);
        Assert.False(postgres.Port.IsAllocated);
        Assert.False(rabbitMq.AmqpPort.IsAllocated);

        var environment = app.GetEnvironment(ResourceNames.Meetings);
        Assert.Equal("Host=db.example;Port=6543;Username=hfi;Password=secret;Database=meetingsdb", environment["ConnectionStrings__meetingsdb"]);
        Assert.Equal("amqp://hfi:secret@mq.example:5673/", environment["ConnectionStrings__rabbitmq"]);
    }

    private DistributedApplication Build(params string[] args)
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
        {
            Args = args,
            DataDirectory = _dataDirectory,
            DashboardPort = 0,
        });
        builder.AddHfiSystem();
        return builder.Build();
    }

    private static IResource Resource(DistributedApplication app, string name) => app.Resources.Single(resource => resource.Name == name);

    private static List<string> KeysStartingWith(IReadOnlyDictionary<string, string> environment, string prefix) =>
        [.. environment.Keys.Where(key => key.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
}
