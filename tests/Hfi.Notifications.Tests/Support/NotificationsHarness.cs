extern alias documents;
extern alias planning;
using Hfi.Hosting.Servers;
using Hfi.Notifications.Api;
using Hfi.Notifications.Grpc;
using Hfi.ServiceDefaults;
using Hfi.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using DocumentsApi = documents::Hfi.Documents.Api.DocumentsApi;
using DocumentsService = documents::Hfi.Documents.Grpc.DocumentsService;
using PlanningApi = planning::Hfi.Planning.Api.PlanningApi;
using PlanningService = planning::Hfi.Planning.Grpc.PlanningService;

namespace Hfi.Notifications.Tests.Support;

/// <summary>
/// Planning (the real service, the source of recipients, on Kestrel where Notifications calls it over the
/// network), a real SMTP sink, and Notifications; each on a database of its own that survives stopping and
/// starting it; all on the assembly's Postgres and RabbitMQ. Documents (rendering the notice PDFs the e-mails
/// carry) runs too when asked for; otherwise it is unreachable.
/// </summary>
public sealed class NotificationsHarness : IAsyncDisposable
{
    // The gRPC client factory names Notifications' clients after the client types.
    private const string DocumentsClientName = "DocumentsApiClient";

    private readonly InfrastructureFixture _infrastructure;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string _root = Path.Combine(
        Path.GetTempPath(),
        "hfi-notifications-tests",
        Guid.NewGuid().ToString("N")[..12]
    );
    private readonly int _planningPort = FreePort.Next();

    private readonly Action<IServiceCollection>? _configureNotifications;

    private NotificationsHarness(
        InfrastructureFixture infrastructure,
        IReadOnlyDictionary<string, string?> settings,
        Action<IServiceCollection>? configureNotifications
    )
    {
        _infrastructure = infrastructure;
        _settings = settings;
        _configureNotifications = configureNotifications;
    }

    public ServiceFactory<PlanningService> Planning { get; private set; } = null!;
    public ServiceFactory<DocumentsService>? Documents { get; private set; }
    public SmtpSinkServer Mail { get; private set; } = null!;
    public ServiceFactory<NotificationsService> Notifications { get; private set; } = null!;
    private string NotificationsDatabase { get; set; } = null!;

    /// <summary>Notifications' database, for tests that leave in it what a crashed instance would.</summary>
    public string NotificationsConnectionString => NotificationsDatabase;
    private string PlanningDatabase { get; set; } = null!;

    /// <param name="settings">Notifications settings over the tests' defaults (no wait for PDFs).</param>
    /// <param name="withDocuments">Runs Documents, generating PDFs, for Notifications to fetch them from.</param>
    /// <param name="configureNotifications">Services added to Notifications' own (e.g. an exporter of its
    /// spans).</param>
    /// <param name="mail">The mail settings (<see cref="MailSettings.Defaults"/> unless given).</param>
    public static async Task<NotificationsHarness> StartAsync(
        InfrastructureFixture infrastructure,
        IReadOnlyDictionary<string, string?>? settings = null,
        bool withDocuments = false,
        Action<IServiceCollection>? configureNotifications = null,
        MailSettings? mail = null
    )
    {
        var defaults = new Dictionary<string, string?>((mail ?? MailSettings.Defaults).AsConfiguration())
        {
            ["Notifications:DocumentWait"] = "00:00:00",
            ["Web:PublicBaseUrl"] = "https://hfi.test/",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            defaults[key] = value;

        var harness = new NotificationsHarness(infrastructure, defaults, configureNotifications);
        harness.PlanningDatabase = await infrastructure.CreateDatabaseAsync(ResourceNames.PlanningDatabase);
        harness.Planning = harness.StartPlanning();
        if (withDocuments)
        {
            harness.Documents = await infrastructure.StartServiceAsync<DocumentsService>(
                ResourceNames.DocumentsDatabase,
                []
            );
        }

        harness.Mail = await SmtpSinkServer.StartAsync(
            new SmtpSinkServerOptions(Path.Combine(harness._root, "smtp"), Throwaway: true)
        );
        harness.NotificationsDatabase = await infrastructure.CreateDatabaseAsync(ResourceNames.NotificationsDatabase);
        harness.Notifications = harness.StartNotifications();
        return harness;
    }

    /// <summary>
    /// Stops Notifications (gracefully, as a deployment does) and starts a new instance on the same database.
    /// </summary>
    public async Task RestartNotificationsAsync()
    {
        await Notifications.DisposeAsync();
        Notifications = StartNotifications();
    }

    public Task StopNotificationsAsync() => Notifications.DisposeAsync().AsTask();

    /// <summary>
    /// A second instance of Notifications on the same database and broker, as <c>HFI_REPLICAS=2</c> runs it.
    /// </summary>
    public ServiceFactory<NotificationsService> SecondNotifications { get; private set; } = null!;

    public void StartSecondNotifications() => SecondNotifications = StartNotifications();

    /// <summary>Stops Planning: Notifications' calls to it then find nobody listening.</summary>
    public Task StopPlanningAsync() => Planning.DisposeAsync().AsTask();

    /// <summary>Starts Planning again on the same port and database.</summary>
    public void StartPlanningAgain()
    {
        LogContext.ConfigureCurrentLogContext(Notifications.Services.GetRequiredService<ILoggerFactory>());
        Planning = StartPlanning();
    }

    public void StartNotificationsAgain() => Notifications = StartNotifications();

    public NotificationsApi.NotificationsApiClient NotificationsClient(string token) =>
        new(Notifications.CreateGrpcChannel(token));

    public PlanningApi.PlanningApiClient PlanningClient() => new(Planning.CreateGrpcChannel(TestIdentity.Secretariat));

    /// <summary>Seats members in the seed notice's arena (Partnerskapsmøtet): the recipients of its notice.</summary>
    public Task<IReadOnlyList<TestMember>> AddMembersAsync(int municipal, int hospital) =>
        TestMembers.AddAsync(PlanningClient(), SeedNotice.ArenaId, municipal, hospital);

    public DocumentsApi.DocumentsApiClient DocumentsClient() =>
        new(
            (Documents ?? throw new InvalidOperationException("Start the harness withDocuments.")).CreateGrpcChannel(
                TestIdentity.Secretariat
            )
        );

    /// <summary>Publishes an event to RabbitMQ as the publishing service's outbox would.</summary>
    public Task PublishAsync<T>(T message, Guid messageId)
        where T : class =>
        Notifications.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId);

    private ServiceFactory<PlanningService> StartPlanning()
    {
        var factory = new ServiceFactory<PlanningService>(
            [
                new($"ConnectionStrings:{ResourceNames.PlanningDatabase}", PlanningDatabase),
                new($"ConnectionStrings:{ResourceNames.RabbitMq}", _infrastructure.RabbitMq.ConnectionString),
            ],
            port: _planningPort
        );
        factory.StartServer();
        return factory;
    }

    private ServiceFactory<NotificationsService> StartNotifications()
    {
        // MassTransit logs through a static context that still holds the stopped instance's (disposed) logger
        // factory; a second instance in the same process would fail to build its bus.
        LogContext.ConfigureCurrentLogContext(Planning.Services.GetRequiredService<ILoggerFactory>());
        var documentsServer = Documents?.Server;
        var factory = new ServiceFactory<NotificationsService>(
            [
                // Without Documents, a port nobody listens on: the e-mails link to their PDFs.
                new(
                    $"services:{ResourceNames.Documents}:http:0",
                    documentsServer is null ? $"http://127.0.0.1:{FreePort.Next()}" : "http://localhost"
                ),
                new($"ConnectionStrings:{ResourceNames.NotificationsDatabase}", NotificationsDatabase),
                new($"ConnectionStrings:{ResourceNames.RabbitMq}", _infrastructure.RabbitMq.ConnectionString),
                new("ConnectionStrings:mail", Mail.ConnectionString),
                new($"services:{ResourceNames.Planning}:http:0", Planning.Address.ToString()),
                .. _settings,
            ],
            services =>
            {
                if (documentsServer is not null)
                {
                    services
                        .AddHttpClient(DocumentsClientName)
                        .ConfigurePrimaryHttpMessageHandler(documentsServer.CreateHandler);
                }

                _configureNotifications?.Invoke(services);
            }
        );
        _ = factory.Server;
        return factory;
    }

    public async ValueTask DisposeAsync()
    {
        await Notifications.DisposeAsync();
        if (SecondNotifications is not null)
            await SecondNotifications.DisposeAsync();
        await Planning.DisposeAsync();
        if (Documents is not null)
            await Documents.DisposeAsync();
        await Mail.DisposeAsync();
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }
}
