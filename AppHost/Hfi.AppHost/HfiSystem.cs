using Hfi.Hosting.RabbitMQ;
using Hfi.ServiceDefaults;

namespace Hfi.AppHost;

/// <summary>
/// The Hfi system as Aspire resources: Postgres with one database per service, RabbitMQ, a mail catcher, the four
/// services and the gateway. Data lives in the repository's <c>.hfi/</c>, or where <c>Hfi:DataDirectory</c> says
/// (tests).
/// </summary>
public static class HfiSystem
{
    public const string DataDirectorySetting = "Hfi:DataDirectory";

    /// <summary>
    /// How many instances of each service and of the gateway run (<c>HFI_REPLICAS</c> in <c>./run.sh</c>'s environment,
    /// or <c>Hfi:Replicas</c>); 1 by default. Replicated endpoints go through Aspire's proxy, which spreads connections
    /// over the instances (the gateway's fixed ports 8080/8081 included).
    /// </summary>
    public const string ReplicasSetting = "Hfi:Replicas";
    public const string ReplicasVariable = "HFI_REPLICAS";

    /// <summary>
    /// With one instance of each, whether the projects listen on their ports themselves (<c>HFI_DIRECT_ENDPOINTS=1</c>,
    /// which <c>./run.sh</c> sets, or <c>Hfi:DirectEndpoints</c>) instead of behind Aspire's proxy: the proxy copies
    /// every request and answer once more (the gateway's 8080/8081 and each service's port), ~200 µs of CPU per agenda
    /// read (README, § Performance). With any number of instances, whether the services reach Postgres, the broker
    /// and the mail catcher without it. Off by default, so that tests keep the random ports the proxy gives them.
    /// </summary>
    public const string DirectEndpointsSetting = "Hfi:DirectEndpoints";
    public const string DirectEndpointsVariable = "HFI_DIRECT_ENDPOINTS";
    private const string HttpEndpoint = "http";
    private const string GrpcEndpoint = "grpc";

    /// <summary>
    /// The framework assemblies whose ReadyToRun pages cost an idle service most (a smaps diff of a service with and
    /// without ReadyToRun): System.Private.CoreLib alone 7.8 MB, the others 0.4 to 1.8 MB each.
    /// </summary>
    private static readonly string[] CostliestPrecompiledAssemblies =
    [
        "System.Private.CoreLib",
        "System.Linq.Expressions",
        "System.Text.Json",
        "Microsoft.AspNetCore.Server.Kestrel.Core",
        "System.Net.Http",
        "System.Data.Common",
        "System.Collections.Immutable",
        "System.Text.RegularExpressions",
        "System.Linq",
        "System.Private.Xml",
        "Microsoft.AspNetCore.Routing",
    ];

    public static IDistributedApplicationBuilder AddHfiSystem(this IDistributedApplicationBuilder builder)
    {
        var dataDirectory = DataDirectory(builder);
        var signingKey = DevelopmentSigningKey.LoadOrCreate(Path.Combine(dataDirectory, "jwt-signing-key"));
        var replicas = Replicas(builder);

        var postgres = builder
            .AddPostgresExecutable(ResourceNames.Postgres)
            .WithDataDirectory(Path.Combine(dataDirectory, "postgres"))
            .WithDirectEndpoint(server => server.Endpoint, builder);
        var planningDatabase = postgres.AddDatabase(ResourceNames.PlanningDatabase);
        var meetingsDatabase = postgres.AddDatabase(ResourceNames.MeetingsDatabase);
        var documentsDatabase = postgres.AddDatabase(ResourceNames.DocumentsDatabase);
        var notificationsDatabase = postgres.AddDatabase(ResourceNames.NotificationsDatabase);

        var rabbitMq = builder
            .AddRabbitMQExecutable(ResourceNames.RabbitMq)
            .WithDataDirectory(Path.Combine(dataDirectory, "rabbitmq"))
            .WithManagementPlugin()
            .WithDirectEndpoint(server => server.AmqpEndpoint, builder);

        var mail = builder
            .AddMailCatcher(ResourceNames.Mail)
            .WithDataDirectory(Path.Combine(dataDirectory, "mail"))
            .WithDirectEndpoint(server => server.SmtpEndpoint, builder);

        var planning = builder
            .AddService<Projects.Hfi_Planning>(ResourceNames.Planning, signingKey)
            .WithReference(planningDatabase)
            .WaitFor(planningDatabase)
            .WithBroker(rabbitMq);

        var meetings = builder
            .AddService<Projects.Hfi_Meetings>(ResourceNames.Meetings, signingKey)
            .WithReference(meetingsDatabase)
            .WaitFor(meetingsDatabase)
            .WithBroker(rabbitMq)
            .WithReference(planning)
            .WaitFor(planning);

        var documents = builder
            .AddService<Projects.Hfi_Documents>(ResourceNames.Documents, signingKey)
            .WithReference(documentsDatabase)
            .WaitFor(documentsDatabase)
            .WithBroker(rabbitMq)
            .WithReference(meetings)
            .WaitFor(meetings);
        // Meetings has Documents render notice and minutes previews. Documents already depends on Meetings, so
        // Meetings gets its address alone (service discovery's variable), not a reference that would make a cycle.
        meetings.WithEnvironment(
            $"services__{ResourceNames.Documents}__{HttpEndpoint}__0",
            documents.GetEndpoint(HttpEndpoint)
        );

        var notifications = builder
            .AddService<Projects.Hfi_Notifications>(
                ResourceNames.Notifications,
                signingKey,
                precompiledFrameworkBut: CostliestPrecompiledAssemblies
            )
            .WithReference(notificationsDatabase)
            .WaitFor(notificationsDatabase)
            .WithBroker(rabbitMq)
            .WithReference(mail)
            .WaitFor(mail)
            .WithReference(planning)
            .WaitFor(planning)
            .WithReference(meetings)
            .WaitFor(meetings)
            .WithReference(documents)
            .WaitFor(documents);

        // Two endpoints from the gateway's Kestrel settings: "http" (HTTP/1.1 and 2, browsers and REST) and
        // "grpc" (cleartext HTTP/2 only, for gRPC clients).
        var gateway = builder
            .AddProject<Projects.Hfi_Gateway>(ResourceNames.Gateway)
            .WithProjectDefaults(signingKey)
            // The gateway's gen0 budget is 16 MB, not the services' 4 MB: every read passes through it; at 500
            // reads/s it collected 29 times per 10,000 reads with 4 MB and 12 times with 16 MB, each pause about as
            // long (what survives is the same), and its idle RSS stayed at 116 MB (README, "The agenda read's tail").
            .WithEnvironment("DOTNET_GCgen0size", "0x1000000")
            .WithExternalHttpEndpoints()
            .WithHttpHealthCheck("/health", endpointName: HttpEndpoint)
            .WithReference(planning)
            .WaitFor(planning)
            .WithReference(meetings)
            .WaitFor(meetings)
            .WithReference(documents)
            .WaitFor(documents)
            .WithReference(notifications)
            .WaitFor(notifications)
            .WithReplicas(replicas)
            .WithDirectEndpoints(builder);

        // Links in e-mails (the notice, "Meld forfall") point members to the web UI the gateway serves.
        notifications.WithEnvironment("Web__PublicBaseUrl", gateway.GetEndpoint(HttpEndpoint));

        return builder;
    }

    /// <summary>The gateway's endpoint for gRPC clients (cleartext HTTP/2).</summary>
    public static string GatewayGrpcEndpoint => GrpcEndpoint;

    /// <summary>A setting from the AppHost's configuration (tests), else from the environment (<c>./run.sh</c>).</summary>
    private static string? Configured(IDistributedApplicationBuilder builder, string setting, string variable) =>
        builder.Configuration[setting] ?? Environment.GetEnvironmentVariable(variable);

    private static int Replicas(IDistributedApplicationBuilder builder)
    {
        var configured = Configured(builder, ReplicasSetting, ReplicasVariable);
        if (string.IsNullOrWhiteSpace(configured))
            return 1;
        return
            int.TryParse(
                configured,
                System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture,
                out var replicas
            ) && replicas is >= 1 and <= 16
            ? replicas
            : throw new InvalidOperationException(
                $"{ReplicasVariable} (or {ReplicasSetting}) must be a whole number from 1 to 16, not '{configured}'."
            );
    }

    private static string DataDirectory(IDistributedApplicationBuilder builder) =>
        builder.Configuration[DataDirectorySetting] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "..", ".hfi"));

    /// <summary>A service: cleartext HTTP/2 only (its appsettings), gRPC and, through the gateway, REST.</summary>
    /// <param name="precompiledFrameworkBut">
    /// Null: the service runs no ReadyToRun code (<see cref="WithLeanCode"/>); else it keeps the framework's but for
    /// these assemblies.
    /// </param>
    private static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        string signingKey,
        IReadOnlyCollection<string>? precompiledFrameworkBut = null
    )
        where TProject : IProjectMetadata, new() =>
        builder
            .AddProject<TProject>(name)
            .WithProjectDefaults(signingKey)
            .WithLeanCode(precompiledFrameworkBut)
            .WithHttp2HealthCheck("/health")
            .WithReplicas(Replicas(builder))
            .WithDirectEndpoints(builder);

    /// <summary>
    /// A service's code JIT-compiled once, optimised, when first called, instead of tiered and instead of the
    /// framework's precompiled (ReadyToRun) code: ~15–20 MB less idle RSS per service. Only the methods that run are
    /// compiled, packed in the code heap, where ReadyToRun maps every 4 KB page of precompiled code they touch
    /// (System.Private.CoreLib alone 8 MB), and tiering keeps a quick-JIT copy of all start-up code beside the
    /// optimised one. The price is ~5 s more CPU at each start. ReadyToRun code without tiering would never be
    /// recompiled with inlining across assemblies, which cost Meetings ~25 % more CPU per agenda read, hence
    /// both settings together (README, "Runtime settings"). The gateway keeps the defaults: it is already far under
    /// its target. The runtime reads both from the environment.
    /// </summary>
    /// <remarks>
    /// Notifications keeps the framework's ReadyToRun code but for <paramref name="precompiledFrameworkBut"/>, the
    /// assemblies whose precompiled pages cost an idle process most: a fresh process's first notice runs a send path it
    /// must otherwise compile first. The 1,000-recipient notice took ~0.2 s less end to end so than without any
    /// ReadyToRun code (4.68 against 4.85 s, 5.22 against 5.42 s, in runs minutes apart), and its idle RSS is within
    /// 2 MB of the other way.
    /// </remarks>
    private static IResourceBuilder<ProjectResource> WithLeanCode(
        this IResourceBuilder<ProjectResource> project,
        IReadOnlyCollection<string>? precompiledFrameworkBut
    )
    {
        project.WithEnvironment("DOTNET_TieredCompilation", "0");
        return precompiledFrameworkBut is null
            ? project.WithEnvironment("DOTNET_ReadyToRun", "0")
            : project.WithEnvironment("DOTNET_ReadyToRunExcludeList", string.Join(';', precompiledFrameworkBut));
    }

    private static IResourceBuilder<ProjectResource> WithDirectEndpoints(
        this IResourceBuilder<ProjectResource> project,
        IDistributedApplicationBuilder builder
    )
    {
        if (Replicas(builder) == 1 && Direct(builder))
            project.WithEndpointProxySupport(false);
        return project;
    }

    /// <summary>
    /// The same for a server the services talk to (Postgres, the broker, the mail catcher, never replicated): every
    /// query, message and e-mail otherwise crossed the proxy, ~60 µs of its CPU per agenda read (its version query).
    /// </summary>
    private static IResourceBuilder<T> WithDirectEndpoint<T>(
        this IResourceBuilder<T> server,
        Func<T, EndpointReference> endpoint,
        IDistributedApplicationBuilder builder
    )
        where T : IResourceWithEndpoints
    {
        if (Direct(builder))
            server.WithEndpoint(endpoint(server.Resource).EndpointName, annotation => annotation.IsProxied = false);
        return server;
    }

    private static bool Direct(IDistributedApplicationBuilder builder) =>
        Configured(builder, DirectEndpointsSetting, DirectEndpointsVariable) is "1" or "true";

    /// <summary>The broker: its connection string, and its management API for the error-queue metrics.</summary>
    private static IResourceBuilder<ProjectResource> WithBroker(
        this IResourceBuilder<ProjectResource> project,
        IResourceBuilder<RabbitMQServerResource> rabbitMq
    ) =>
        project
            .WithReference(rabbitMq)
            .WaitFor(rabbitMq)
            .WithEnvironment("Messaging__ManagementUrl", rabbitMq.Resource.ManagementEndpoint);

    /// <summary>
    /// What every project gets: the development token settings, a short OTLP flush at shutdown, its GC budget and
    /// metric export interval.
    /// </summary>
    private static IResourceBuilder<ProjectResource> WithProjectDefaults(
        this IResourceBuilder<ProjectResource> project,
        string signingKey
    ) =>
        project
            .WithEnvironment("Identity__SigningKey", signingKey)
            .WithEnvironment("Identity__Issuer", "hfi-dev")
            .WithEnvironment("Identity__Audience", "hfi")
            // A stopping project flushes telemetry to a dashboard that may already be gone: give up after 1 s.
            .WithEnvironment("OTEL_EXPORTER_OTLP_TIMEOUT", "1000")
            // A rebuild rewrites appsettings.json under a running project; reloading it would drop Kestrel's listeners.
            .WithEnvironment("DOTNET_hostBuilder__reloadConfigOnChange", "false")
            // A 4 MB gen0 budget instead of one sized by the L3 cache (~16 MB here): an idle process allocating for
            // its telemetry and probes then touches at most 4 MB before the next gen0 GC (README, "Runtime
            // settings"). The runtime reads this setting from the environment only, not from runtimeconfig.json.
            .WithEnvironment("DOTNET_GCgen0size", "0x400000")
            // Metrics every 5 s, not Aspire's 1 s: each second all five processes collected and exported theirs at
            // once, and the dashboard ingested them, which held up the reads of that moment (README, "The agenda
            // read's tail at 500 req/s"). The dashboard's graphs move in 5 s steps instead.
            .WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", "5000");
}
