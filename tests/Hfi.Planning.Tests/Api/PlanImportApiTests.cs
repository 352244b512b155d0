using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Grpc.Core;
using Hfi.Planning.Api;
using Hfi.Planning.Tests.Seeds;
using Hfi.Testing;

namespace Hfi.Planning.Tests.Api;

/// <summary>The real 2025 plan pasted into the service and read back from Postgres.</summary>
[Collection(PlanningCollection.Name)]
public sealed class PlanImportApiTests(InfrastructureFixture infrastructure) : PlanningServiceTest(infrastructure)
{
    private async Task<JsonElement> ImportAsync(string table, string query = "")
    {
        using var rest = Factory.CreateRestClient(TestIdentity.Secretariat);
        using var body = new StringContent(table, Encoding.UTF8, "text/plain");
        var answer = await rest.PostAsync($"/api/planning/plans/2025/import{query}", body);
        Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync());
        return await answer.Content.ReadFromJsonAsync<JsonElement>();
    }

    private PlanningApi.PlanningApiClient Client => new(Factory.CreateGrpcChannel(TestIdentity.Secretariat));

    [Fact]
    public async Task The_seed_plan_is_stored_as_thirteen_meetings_grouped_by_arena()
    {
        var imported = await ImportAsync(SeedPlan.Text2025);
        var plan = await Client.GetPlanAsync(new GetPlanRequest { Year = 2025 });

        Assert.Equal(13, imported.GetProperty("created").GetArrayLength());
        var warning = Assert.Single(imported.GetProperty("warnings").EnumerateArray());
        Assert.Equal(
            ("end-not-after-start", 48),
            (warning.GetProperty("code").GetString(), warning.GetProperty("row").GetInt32())
        );

        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal(13, plan.Arenas.Sum(a => a.Meetings.Count));
        Assert.Equal(("partnerskapsmotet", 1), (plan.Arenas[0].ArenaId, plan.Arenas[0].Meetings.Count));
        Assert.Equal(("ssu", 5), (plan.Arenas[1].ArenaId, plan.Arenas[1].Meetings.Count));
        var dialogue = plan
            .Arenas.Where(a => a.ArenaId.StartsWith("dialogmote-", StringComparison.Ordinal))
            .SelectMany(a => a.Meetings)
            .ToList();
        Assert.Equal(7, dialogue.Count);
        Assert.Equal(
            ["Brumunddal", "Elverum", "Fagernes", "Gjøvik", "Otta", "Ringebu", "Tynset"],
            dialogue.Select(m => m.Place).Order(StringComparer.Ordinal)
        );
        Assert.All(dialogue, m => Assert.NotEmpty(m.RegionId));
    }

    [Fact]
    public async Task The_stored_seed_meetings_keep_dates_times_places_and_marked_topics()
    {
        await ImportAsync(SeedPlan.Text2025);
        var ssu = (await Client.ListPlannedMeetingsAsync(new ListPlannedMeetingsRequest { ArenaId = "ssu" })).Meetings;
        var partnership = Assert.Single(
            (
                await Client.ListPlannedMeetingsAsync(new ListPlannedMeetingsRequest { ArenaId = "partnerskapsmotet" })
            ).Meetings
        );

        Assert.Equal(
            ["2025-02-13", "2025-03-12", "2025-05-22", "2025-09-18", "2025-11-13"],
            ssu.Select(m => m.FirstDate)
        );
        var february = ssu[0];
        Assert.Equal(5, february.Topics.Count);
        Assert.Equal(
            [TopicMark.Decision, TopicMark.Decision, TopicMark.Decision, TopicMark.Discussion, TopicMark.Unspecified],
            february.PlannedTopics[4].Points.Select(p => p.Mark)
        );
        Assert.Equal(
            ("2025-03-12", "2025-03-13", DateKind.Range),
            (ssu[1].FirstDate, ssu[1].LastDate, ssu[1].DateKind)
        );
        Assert.Equal(("12:00", ""), (ssu[2].StartTime, ssu[2].EndTime));

        Assert.Equal((DateKind.Anchored, "KS høstkonferanse"), (partnership.DateKind, partnership.Anchor));
        Assert.Equal(
            ("2025-10-01", "2025-10-31", false),
            (partnership.FirstDate, partnership.LastDate, partnership.IsExactDate)
        );
        Assert.Equal(("16:00", "18:00"), (partnership.StartTime, partnership.EndTime));
        Assert.Equal(("", PlaceKind.ToBeDecided), (partnership.Place, partnership.PlaceKind));
        Assert.Equal(PlannedMeetingStatus.Tentative, partnership.Status);
    }

    [Fact]
    public async Task Importing_the_same_table_twice_creates_nothing_new()
    {
        var first = await ImportAsync(SeedPlan.Text2025);
        var second = await ImportAsync(SeedPlan.Text2025);
        var plan = await Client.GetPlanAsync(new GetPlanRequest { Year = 2025 });

        Assert.Equal(0, second.GetProperty("created").GetArrayLength());
        Assert.Equal(13, second.GetProperty("alreadyImported").GetInt32());
        Assert.Equal(first.GetProperty("version").GetInt32(), second.GetProperty("version").GetInt32());
        Assert.Equal(13, plan.Arenas.Sum(a => a.Meetings.Count));
    }

    [Fact]
    public async Task A_dry_run_reads_and_warns_but_saves_nothing()
    {
        var dryRun = await ImportAsync(SeedPlan.Text2025, "?dryRun=true");

        var missing = await Assert.ThrowsAsync<RpcException>(() =>
            Client.GetPlanAsync(new GetPlanRequest { Year = 2025 }).ResponseAsync
        );

        Assert.True(dryRun.GetProperty("dryRun").GetBoolean());
        Assert.Equal(13, dryRun.GetProperty("created").GetArrayLength());
        Assert.Single(dryRun.GetProperty("warnings").EnumerateArray());
        Assert.Equal(0, dryRun.GetProperty("version").GetInt32());
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_dry_run_on_a_stored_plan_answers_the_current_version_not_the_next()
    {
        var stored = await ImportAsync(SeedPlan.Text2025);
        var version = stored.GetProperty("version").GetInt32();

        var dryRun = await ImportAsync(
            SeedPlan.Text2025.Replace("13.nov.25", "20.nov.25", StringComparison.Ordinal),
            "?dryRun=true"
        );
        var plan = await Client.GetPlanAsync(new GetPlanRequest { Year = 2025 });

        Assert.Equal(1, dryRun.GetProperty("created").GetArrayLength());
        Assert.Equal((version, version), (dryRun.GetProperty("version").GetInt32(), plan.Version));
    }

    [Fact]
    public async Task A_draft_plan_is_the_secretariats_until_it_is_approved()
    {
        await ImportAsync(SeedPlan.Text2025);
        var draft = await Client.GetPlanAsync(new GetPlanRequest { Year = 2025 });
        var meetingId = draft.Arenas[1].Meetings[0].PlannedMeetingId;
        using var anonymous = Factory.CreateRestClient();
        using var member = Factory.CreateRestClient(TestIdentity.MunicipalMember);
        string[] paths =
        [
            "/api/planning/plans/2025",
            "/api/planning/plans/2025/calendar.ics",
            $"/api/planning/planned-meetings/{meetingId}",
            $"/api/planning/planned-meetings/{meetingId}/history",
        ];

        foreach (var reader in new[] { anonymous, member })
        {
            foreach (var path in paths)
                Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(path)).StatusCode);
            var listed = await reader.GetFromJsonAsync<JsonElement>("/api/planning/planned-meetings?year=2025");
            Assert.False(listed.TryGetProperty("meetings", out var meetings) && meetings.GetArrayLength() > 0);
        }

        await Client.ApprovePlanAsync(
            new ApprovePlanRequest
            {
                Year = 2025,
                ApprovalCase = "sak 33/24",
                ExpectedVersion = draft.Version,
            }
        );

        foreach (var reader in new[] { anonymous, member })
        {
            foreach (var path in paths)
                Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(path)).StatusCode);
            var listed = await reader.GetFromJsonAsync<JsonElement>("/api/planning/planned-meetings?year=2025");
            Assert.Equal(13, listed.GetProperty("meetings").GetArrayLength());
        }
    }

    [Fact]
    public async Task A_table_without_a_header_or_in_a_foreign_format_is_refused_naming_the_table()
    {
        using var rest = Factory.CreateRestClient(TestIdentity.Secretariat);
        var noHeader = await rest.PostAsync(
            "/api/planning/plans/2025/import",
            new StringContent("SSU\t\tTorsdag\t13.feb.25", Encoding.UTF8, "text/plain")
        );
        var pdf = await rest.PostAsync(
            "/api/planning/plans/2025/import",
            new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new("application/pdf") } }
        );
        using var member = Factory.CreateRestClient(TestIdentity.MunicipalMember);
        var forbidden = await member.PostAsync(
            "/api/planning/plans/2025/import",
            new StringContent(SeedPlan.Text2025, Encoding.UTF8, "text/plain")
        );

        Assert.Equal(HttpStatusCode.BadRequest, noHeader.StatusCode);
        Assert.Contains("overskriftsrad", await noHeader.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task An_import_answers_with_the_conflicts_of_members_due_in_two_places_the_same_day()
    {
        foreach (var arenaId in new[] { "ssu", "arbeidsutvalget" })
        {
            await Client.AddArenaMemberAsync(
                new AddArenaMemberRequest
                {
                    ArenaId = arenaId,
                    PersonName = "Siri Sykehus",
                    Email = "siri@sykehuset-innlandet.no",
                    PartnerId = "sykehuset-innlandet",
                    Kind = MemberKind.HospitalRepresentative,
                    Role = MemberRole.Member,
                    HasVotingRight = true,
                    TermFrom = "2025-01-01",
                }
            );
        }

        var imported = await ImportAsync(
            SeedPlan.Text2025 + "\nArbeidsutvalget\t\tTorsdag\t13.feb.25\t13:00-15:00\tTeams\tForberede SSU"
        );

        var conflict = Assert.Single(imported.GetProperty("conflicts").EnumerateArray());
        Assert.Equal("CONFLICT_KIND_OVERLAPPING", conflict.GetProperty("kind").GetString());
        Assert.Equal("2025-02-13", conflict.GetProperty("day").GetString());
        Assert.Equal("Siri Sykehus", conflict.GetProperty("people")[0].GetString());
    }
}
