using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Grpc.Core;
using Grpc.Net.Client;
using Hfi.AppHost;
using Hfi.Planning.Api;
using Hfi.ServiceDefaults;
using Hfi.ServiceDefaults.Identity;
using Xunit.Abstractions;

namespace Hfi.SystemTests.Chaos;

/// <summary>Runs alone: it boots a system of its own with two replicas of everything and loads the machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChaosCollection
{
    public const string Name = "chaos";
}

/// <summary>
/// The chaos run (bench/chaos.sh runs it; <c>--filter Category=Chaos</c>): the system with two replicas of every
/// service and of the gateway, a notice to 5,000 members (<c>HFI_CHAOS_RECIPIENTS</c>) and agenda edits from several
/// secretaries, while one replica of Notifications and one of Meetings are killed with SIGKILL, Postgres and RabbitMQ
/// are restarted and the mail server stops answering for a minute. Then every member has exactly one e-mail of the
/// notice, every acknowledged edit is there, every queue is empty and no message was given up on.
/// </summary>
[Collection(ChaosCollection.Name)]
[Trait("Category", "Chaos")]
public sealed class ChaosRunTests(ITestOutputHelper output)
{
    private const int EditingCallers = 4;

    private const int Replicas = 2;

    /// <summary>The run sets Mail:Concurrency to this (its default).</summary>
    private const int SmtpConnectionsPerInstance = 16;

    /// <summary>
    /// An e-mail the mail server takes but whose sender never records it is sent again, with the same Message-ID:
    /// at most one per SMTP connection, since a connection records each outcome before its next send. Every
    /// instance's connections can be cut so: the killed instance's by the kill, the other's by the mail server's
    /// outage, which outlasts Mail:SendTimeout, so they give up on the e-mails the server takes once it answers again.
    /// </summary>
    private const int ResendBound = Replicas * SmtpConnectionsPerInstance;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan MailServerOutage = TimeSpan.FromSeconds(60);

    private readonly ChaosReport _report = new();

    [Fact]
    public async Task A_notice_and_agenda_edits_lose_nothing_and_send_nothing_twice_through_kills_restarts_and_outages()
    {
        var configured = Environment.GetEnvironmentVariable("HFI_CHAOS_RECIPIENTS");
        var recipients = int.TryParse(configured, CultureInfo.InvariantCulture, out var count) ? count : 5000;
        var dataDirectory = Path.Combine(Path.GetTempPath(), "hfi-tests", $"chaos-{Guid.NewGuid():N}");
        var run = Stopwatch.StartNew();
        // Ten instances and the servers on two cores: a loaded machine needs minutes.
        using var boot = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var app = await RunningSystem.StartAsync(
            dataDirectory,
            boot.Token,
            [$"{HfiSystem.ReplicasSetting}={Replicas}"],
            Tune
        );
        try
        {
            _report.Line(
                $"Booted with {Replicas} replicas in {run.Elapsed.TotalSeconds:0} s (load average {LoadAverage()})."
            );
            await RunAsync(app, dataDirectory, recipients);
        }
        catch (Exception exception)
        {
            _report.Fail($"The run stopped: {exception.Message}");
            throw;
        }
        finally
        {
            _report.Line($"Run time {run.Elapsed.TotalSeconds:0} s, load average {LoadAverage()}.");
            output.WriteLine(_report.ToString());
            if (Environment.GetEnvironmentVariable("HFI_CHAOS_REPORT") is { Length: > 0 } reportFile)
                await File.WriteAllTextAsync(reportFile, _report.ToString());
            await app.StopAsync();
            await app.DisposeAsync();
            if (Directory.Exists(dataDirectory))
                Directory.Delete(dataDirectory, recursive: true);
        }

        Assert.True(_report.Failures.Count == 0, string.Join(Environment.NewLine, _report.Failures));
    }

    private async Task RunAsync(DistributedApplication app, string dataDirectory, int recipients)
    {
        await using var resources = new ChaosResources(app);
        var gateway = app.GetEndpoint(ResourceNames.Gateway, "http");
        var tokens = new TokenIssuer(
            new IdentityOptions
            {
                Issuer = "hfi-dev",
                Audience = "hfi",
                SigningKey = (await File.ReadAllTextAsync(Path.Combine(dataDirectory, "jwt-signing-key"))).Trim(),
            }
        );
        var secretariatToken = tokens.Issue("sekretariat-kaos", HfiRoles.Secretariat, name: "Sekretær Kaos");
        HttpClient Client()
        {
            var client = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
            client.DefaultRequestHeaders.Authorization = new("Bearer", secretariatToken);
            return client;
        }

        using var secretariat = Client();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var domain = $"@kaos-{tag}.test";
        var arenaId = await secretariat.CreateArenaAsync($"Kaosarena {tag}");
        var noticeMeeting = await secretariat.CreateMeetingAsync(arenaId, $"Kaosmøte {tag}");
        await secretariat.AddItemAsync(noticeMeeting, "Orientering om beredskap", "all-members");
        // The edited agendas belong to an arena without members: an edit after a notice tells every member.
        var editArena = await secretariat.CreateArenaAsync($"Kaosarena redigering {tag}");
        List<string> editMeetings =
        [
            await secretariat.CreateMeetingAsync(editArena, $"Redigering A {tag}"),
            await secretariat.CreateMeetingAsync(editArena, $"Redigering B {tag}"),
        ];

        var seeding = Stopwatch.StartNew();
        await SeedMembersAsync(app, secretariatToken, arenaId, recipients, domain);
        _report.Line($"Seeded {recipients} members through the gateway (gRPC) in {seeding.Elapsed.TotalSeconds:0} s.");

        var editors = new AgendaEditors(Client, editMeetings, EditingCallers);
        using var stopEditing = new CancellationTokenSource();
        var editing = editors.RunAsync(stopEditing.Token);
        await ChaosResources.WaitAsync(
            () => editors.Acknowledged >= 10 ? editors : null,
            Patience,
            "the first agenda edits"
        );

        var mail = new CaughtMail(
            app.ResourceNotifications.TryGetCurrentState(ResourceNames.Mail, out var mailState)
                ? mailState.Snapshot.Properties.Single(property => property.Name == "maildir").Value!.ToString()!
                : throw new InvalidOperationException("The mail catcher has no state.")
        );
        var noticeIssued = DateTimeOffset.UtcNow;
        (await secretariat.PostAsJsonAsync($"/api/meetings/{noticeMeeting}/notice", new { })).EnsureSuccessStatusCode();
        _report.Line($"Notice issued to {recipients} members at {noticeIssued:HH:mm:ss}.");
        await ChaosResources.WaitAsync(
            async () => (await mail.ToAsync(domain)).Count >= recipients / 20 ? mail : null,
            Patience,
            "the notice's first e-mails"
        );
        _report.Line($"First 5 % of the e-mails caught after {Since(noticeIssued)}.");

        var faults = new FaultInjector(resources, secretariat, editors, mail, _report);
        // The mail server is frozen first, while the notice is still going out, and the kills and the Postgres
        // restart fall inside its outage: senders hang on it, are killed with it, and must resume once it answers.
        var outage = faults.StopMailServerAsync(MailServerOutage);
        await faults.KillReplicasAsync([ResourceNames.Meetings, ResourceNames.Notifications]);
        await faults.RestartPostgresAsync();
        await outage;
        await faults.RestartRabbitMqAsync();

        await Task.Delay(TimeSpan.FromSeconds(5));
        await stopEditing.CancelAsync();
        await editing;

        await CheckNoticeAsync(secretariat, mail, noticeMeeting, domain, recipients, noticeIssued);
        await CheckEditsAsync(secretariat, editors);
        await CheckQueuesAsync(app);
        faults.Report(noticeIssued);
    }

    /// <summary>The members, added as the secretariat would through the gateway, many requests at once.</summary>
    private static async Task SeedMembersAsync(
        DistributedApplication app,
        string token,
        string arenaId,
        int recipients,
        string domain
    )
    {
        using var channel = GrpcChannel.ForAddress(
            app.GetEndpoint(ResourceNames.Gateway, HfiSystem.GatewayGrpcEndpoint)
        );
        var planning = new PlanningApi.PlanningApiClient(channel);
        var headers = new Metadata { { "Authorization", $"Bearer {token}" } };
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 16 };
        await Parallel.ForEachAsync(
            Enumerable.Range(1, recipients),
            parallel,
            async (index, ct) =>
                await planning.AddArenaMemberAsync(
                    new AddArenaMemberRequest
                    {
                        ArenaId = arenaId,
                        PersonName = $"Medlem {index:0000}",
                        Email = $"medlem{index:0000}{domain}",
                        PartnerId = "sykehuset-innlandet",
                        Kind = MemberKind.HospitalRepresentative,
                        Role = MemberRole.Member,
                        HasVotingRight = true,
                        TermFrom = "2024-01-01",
                    },
                    headers,
                    cancellationToken: ct
                )
        );
    }

    private async Task CheckNoticeAsync(
        HttpClient secretariat,
        CaughtMail mail,
        string meetingId,
        string domain,
        int recipients,
        DateTimeOffset issued
    )
    {
        var notices = await ChaosResources.WaitAsync(
            async () =>
            {
                var listed = await secretariat.GetFromJsonAsync<JsonElement>(
                    $"/api/notifications/notices?meetingId={meetingId}"
                );
                var all = listed.GetProperty("notices").EnumerateArray().ToList();
                // One notice per audience; the municipal one has no recipients here (every member is the hospital's).
                var done =
                    all.Count > 0
                    && all.Sum(n => Count(n, "recipients")) > 0
                    && all.All(n =>
                        Count(n, "pending") == 0
                        && !(n.TryGetProperty("recipientsPending", out var w) && w.GetBoolean())
                    );
                return done ? all : null;
            },
            Patience,
            "every delivery of the notice to be done"
        );
        var finished = DateTimeOffset.UtcNow;
        // A second e-mail would come from a claim taken over after its lease: give the dispatchers a moment more.
        await Task.Delay(TimeSpan.FromSeconds(5));

        var caught = await mail.ToAsync(domain);
        var perRecipient = caught.GroupBy(message => (message.Recipient, message.NoticeEvent)).ToList();
        var missing = recipients - caught.Select(message => message.Recipient).Distinct().Count();
        // Two different e-mails for one member and notice event are a duplicate. The same e-mail (same Message-ID)
        // twice is a resend: the mail server took it, and its sender was killed or gave up waiting for the answer
        // before the delivery log said so. No SMTP client can close that window; mail programs show such a resend
        // once (ResendBound).
        var duplicates = perRecipient.Sum(group => group.Select(message => message.MessageId).Distinct().Count() - 1);
        var resent = perRecipient.Sum(group =>
            group.Count() - group.Select(message => message.MessageId).Distinct().Count()
        );
        var versions = caught.Select(message => message.NoticeEvent).Distinct().Count();
        foreach (var notice in notices!)
        {
            _report.Line(
                $"Notice version {notice.GetProperty("noticeVersion")} ({notice.GetProperty("audience")}): "
                    + $"{notice.GetProperty("recipients")} recipients, "
                    + $"deliveries delivered {Count(notice, "delivered")}, "
                    + $"dead-lettered {Count(notice, "deadLettered")}."
            );
        }

        _report.Line(
            $"E-mails: {caught.Count} caught for {recipients} members ({versions} notice event(s)), "
                + $"all done {(finished - issued).TotalSeconds:0} s after issuing; "
                + $"missing {missing}, duplicates {duplicates}, resends of one e-mail (same Message-ID) {resent} "
                + $"(at most {ResendBound} allowed: one per SMTP connection of each instance)."
        );
        if (missing > 0)
            _report.Fail($"{missing} member(s) got no e-mail.");
        if (duplicates > 0)
        {
            var twice = perRecipient
                .Where(g => g.Select(m => m.MessageId).Distinct().Count() > 1)
                .Take(5)
                .Select(g => g.Key.Recipient);
            _report.Fail(
                $"{duplicates} member(s) got two different e-mails for one notice: {string.Join(", ", twice)}"
            );
        }

        if (resent > ResendBound)
            _report.Fail($"{resent} resends, more than the {ResendBound} a kill and the outage can cause.");

        if (versions != 1)
            _report.Fail($"The members' e-mails come from {versions} notice events, not one.");
        if (notices!.Sum(notice => Count(notice, "deadLettered")) is > 0 and var dead)
            _report.Fail($"{dead} deliveries dead-lettered.");
    }

    private async Task CheckEditsAsync(HttpClient secretariat, AgendaEditors editors)
    {
        var lost = await editors.LostEditsAsync(secretariat);
        _report.Line(
            $"Agenda edits: {editors.Acknowledged} acknowledged, "
                + $"{editors.Refused} refused or failed (not acknowledged), {lost.Count} lost."
        );
        foreach (var edit in lost.Take(10))
            _report.Fail($"Lost edit: {edit}");
    }

    private async Task CheckQueuesAsync(DistributedApplication app)
    {
        using var broker = new BrokerQueues(app.GetEndpoint(ResourceNames.RabbitMq, "management"));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var queues = await broker.ListAsync();
        while (queues.Any(queue => !IsParking(queue.Name) && queue.Messages > 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            queues = await broker.ListAsync();
        }

        var service = queues.Where(queue => !IsParking(queue.Name)).ToList();
        _report.Line(
            $"Queues: {service.Count} service queues ({service.Count(q => q.Type == "quorum")} quorum), "
                + $"{service.Sum(q => q.Messages)} messages left, "
                + $"{service.Count(q => q.Consumers == 0)} without a consumer."
        );
        foreach (var queue in service.Where(queue => queue.Messages > 0))
            _report.Fail($"Queue {queue.Name} still holds {queue.Messages} message(s).");
        var parked = queues
            .Where(queue => queue.Name.EndsWith("_error", StringComparison.Ordinal))
            .Where(queue => queue.Messages > 0);
        foreach (var queue in parked)
        {
            var reasons = await broker.PeekReasonsAsync(queue.Name);
            _report.Fail($"Error queue {queue.Name} holds {queue.Messages} message(s): {string.Join(" | ", reasons)}");
        }

        if (!queues.Any(queue => queue.Name.EndsWith("_error", StringComparison.Ordinal) && queue.Messages > 0))
            _report.Line("Error queues: all empty.");
    }

    private static bool IsParking(string queue) =>
        queue.EndsWith("_error", StringComparison.Ordinal) || queue.EndsWith("_skipped", StringComparison.Ordinal);

    private static int Count(JsonElement notice, string property) =>
        notice.TryGetProperty(property, out var value) ? value.GetInt32() : 0;

    /// <summary>
    /// What the run changes: no rate limit on the secretaries' flood, and a one-minute lease on e-mail claims.
    /// </summary>
    private static void Tune(IDistributedApplicationTestingBuilder builder)
    {
        ProjectResource Project(string name) =>
            builder.Resources.OfType<ProjectResource>().Single(resource => resource.Name == name);
        builder
            .CreateResourceBuilder(Project(ResourceNames.Gateway))
            .WithEnvironment("Gateway__Limits__PermitsPerWindow", "1000000");
        // A killed instance's claimed e-mails are taken over after the lease (5 min by default): 1 min keeps the run
        // short.
        builder
            .CreateResourceBuilder(Project(ResourceNames.Notifications))
            .WithEnvironment("Mail__ClaimLease", "00:01:00")
            .WithEnvironment("Mail__SendTimeout", "00:00:20")
            .WithEnvironment("Mail__ConnectTimeout", "00:00:05")
            .WithEnvironment("Mail__Concurrency", SmtpConnectionsPerInstance.ToString(CultureInfo.InvariantCulture));
    }

    private static string Since(DateTimeOffset start) => $"{(DateTimeOffset.UtcNow - start).TotalSeconds:0.0} s";

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
