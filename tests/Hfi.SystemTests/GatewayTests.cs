using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.ApplicationModel;
using Grpc.Net.Client;
using Hfi.Planning.Api;
using Hfi.ServiceDefaults;
using Hfi.ServiceDefaults.Identity;

namespace Hfi.SystemTests;

/// <summary>Smoke tests of the booted system: every service answers through the gateway, over REST and gRPC.</summary>
[Collection(SystemCollection.Name)]
public sealed class GatewayTests(RunningSystem system)
{
    private static readonly string[] Services =
    [
        ResourceNames.Planning,
        ResourceNames.Meetings,
        ResourceNames.Documents,
        ResourceNames.Notifications,
    ];

    [Fact]
    public async Task Every_resource_runs_and_is_healthy()
    {
        string[] expected =
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
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        foreach (var name in expected)
        {
            var resource = await system.App.ResourceNotifications.WaitForResourceHealthyAsync(name, patience.Token);
            Assert.Equal(KnownResourceStates.Running, resource.Snapshot.State?.Text);
            Assert.Equal(
                Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy,
                resource.Snapshot.HealthStatus
            );
        }
    }

    [Fact]
    public async Task Gateway_health_reports_each_service_healthy()
    {
        using var client = system.CreateClient();
        var health = await client.GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var checks = health.GetProperty("checks");
        Assert.All(
            Services,
            service => Assert.Equal("Healthy", checks.GetProperty(service).GetProperty("status").GetString())
        );
    }

    [Fact]
    public async Task Each_service_answers_through_the_gateway()
    {
        var secretariat = system.Tokens.Issue("sekretariat-system", HfiRoles.Secretariat);
        using var client = system.CreateClient(secretariat);

        var arenas = await client.GetFromJsonAsync<JsonElement>("/api/planning/arenas");
        var meeting = await client.PostAsJsonAsync(
            "/api/meetings",
            new
            {
                arenaId = "ssu",
                title = "Strategisk samarbeidsutvalg",
                startsAt = "2025-02-13T09:00:00Z",
                endsAt = "2025-02-13T13:00:00Z",
                place = "Brumunddal",
            }
        );
        var meetingId = (await meeting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("meetingId").GetString();
        var attachments = await client.GetAsync($"/api/documents/meetings/{meetingId}/attachments");
        var events = await client.GetAsync("/api/notifications/events");

        Assert.Contains(
            arenas.GetProperty("arenas").EnumerateArray(),
            a => a.GetProperty("arenaId").GetString() == "ssu"
        );
        Assert.Equal(HttpStatusCode.OK, meeting.StatusCode);
        Assert.Equal(HttpStatusCode.OK, attachments.StatusCode);
        Assert.Equal(HttpStatusCode.OK, events.StatusCode);
        Assert.True(meeting.Headers.Contains("X-Request-Id"));
    }

    [Fact]
    public async Task An_unchanged_agenda_is_a_304_through_the_gateway_and_each_audience_has_its_own_etag()
    {
        using var secretariat = system.CreateClient(system.Tokens.Issue("sekretariat-etag", HfiRoles.Secretariat));
        using var hospital = system.CreateClient(
            system.Tokens.Issue("sykehus-etag", HfiRoles.Member, PartnerKinds.Hospital, "sykehuset-innlandet")
        );
        using var municipal = system.CreateClient(
            system.Tokens.Issue("kommune-etag", HfiRoles.Member, PartnerKinds.Municipal, "hamar")
        );
        var meetingId = await secretariat.CreateMeetingAsync("ssu", "Strategisk samarbeidsutvalg (ETag)");
        await secretariat.AddItemAsync(meetingId, "Felles sak", "all-members");
        await secretariat.AddItemAsync(meetingId, "Kommunal sak", "municipal-representatives");
        var path = $"/api/meetings/{meetingId}/agenda";

        var first = await hospital.GetAsync(path);
        var etag = first.Headers.ETag ?? throw new Xunit.Sdk.XunitException("no ETag through the gateway");
        var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await hospital.SendAsync(again);
        var asMunicipal = new HttpRequestMessage(HttpMethod.Get, path);
        asMunicipal.Headers.IfNoneMatch.Add(etag);
        var municipalAnswer = await municipal.SendAsync(asMunicipal);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, municipalAnswer.StatusCode);
        Assert.NotEqual(etag, municipalAnswer.Headers.ETag);
        Assert.Contains("Kommunal sak", await municipalAnswer.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Kommunal sak", await first.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_event_crosses_the_broker_from_planning_to_notifications()
    {
        var secretariat = system.Tokens.Issue("sekretariat-system", HfiRoles.Secretariat);
        using var client = system.CreateClient(secretariat);
        var name = $"Fagråd {Guid.NewGuid():N}"[..20];

        var created = await client.PostAsJsonAsync("/api/planning/arenas", new { name, kind = "ARENA_KIND_OTHER" });
        created.EnsureSuccessStatusCode();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        string events;
        do
        {
            await Task.Delay(200);
            events = await client.GetStringAsync("/api/notifications/events");
        } while (!events.Contains(name, StringComparison.Ordinal) && DateTime.UtcNow < deadline);
        Assert.Contains(name, events);
    }

    [Fact]
    public async Task Grpc_clients_reach_services_through_the_gateway()
    {
        using var channel = GrpcChannel.ForAddress(system.GatewayGrpc);
        var client = new PlanningApi.PlanningApiClient(channel);

        var ssu = await client.GetArenaAsync(new GetArenaRequest { ArenaId = "ssu" });

        Assert.Equal("Strategisk samarbeidsutvalg", ssu.Name);
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        using var client = system.CreateClient();
        var answer = await client.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }
}
