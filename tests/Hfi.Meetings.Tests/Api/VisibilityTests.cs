using System.Net;
using System.Net.Http.Json;
using Grpc.Core;
using Hfi.Meetings.Api;
using Hfi.Testing;

namespace Hfi.Meetings.Tests.Api;

/// <summary>
/// 08.24 is for municipal representatives only: no trace of it (number, title, texts, attachments, decision,
/// follow-up, id) may reach anyone else through any read path; municipal representatives see all of it.
/// </summary>
[Collection(MeetingsCollection.Name)]
public sealed class VisibilityTests(InfrastructureFixture infrastructure) : MeetingsServiceTest(infrastructure)
{
    private const string BudgetDecision = "Kommunalt budsjett 2025 vedtas.";
    private const string BudgetFollowUp = "Sende budsjettet til kommunestyrene";

    [Fact]
    public async Task A_hospital_representative_finds_no_trace_of_08_24_on_any_read_path()
    {
        var seed = await HeldAndMinutedAsync();
        using var rest = Factory.CreateRestClient(TestIdentity.HospitalMember);
        var secrets = new[]
        {
            "08.24",
            "kommunalt budsjett",
            "Saken sendes ut separat",
            "000000000801",
            "Regnskap for 2023",
            seed.Restricted,
            BudgetDecision,
            BudgetFollowUp,
        };

        foreach (var path in ReadPaths(seed))
        {
            var answer = await rest.GetAsync(path);
            var body = await answer.Content.ReadAsStringAsync();
            Assert.True(answer.IsSuccessStatusCode, $"{path} answered {answer.StatusCode}: {body}");
            foreach (var secret in secrets)
            {
                Assert.False(
                    body.Contains(secret, StringComparison.OrdinalIgnoreCase),
                    $"{path} leaks '{secret}': {body}"
                );
            }
        }

        // The attendance list is for the arena's members and the secretariat: to this reader, a refusal that tells nothing.
        var attendance = await rest.GetAsync($"/api/meetings/{seed.MeetingId}/attendance");
        Assert.Equal(HttpStatusCode.Forbidden, attendance.StatusCode);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(
                secret,
                await attendance.Content.ReadAsStringAsync(),
                StringComparison.OrdinalIgnoreCase
            );
        }

        var item = await rest.GetAsync($"/api/meetings/{seed.MeetingId}/agenda/items/{seed.Restricted}");
        var votes = await rest.GetAsync($"/api/meetings/{seed.MeetingId}/voting-count?caseItemId={seed.Restricted}");
        var unknown = await rest.GetAsync($"/api/meetings/{seed.MeetingId}/agenda/items/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, item.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, votes.StatusCode);
        // The same refusal word for word, but for the trace id every answer carries.
        static string WithoutTraceId(string body) =>
            System.Text.RegularExpressions.Regex.Replace(body, "\"traceId\":\"[0-9a-f]*\"", "");
        Assert.Equal(
            WithoutTraceId(
                (await unknown.Content.ReadAsStringAsync()).Replace(
                    unknown.RequestMessage!.RequestUri!.Segments[^1],
                    "",
                    StringComparison.Ordinal
                )
            ),
            WithoutTraceId(
                (await item.Content.ReadAsStringAsync()).Replace(seed.Restricted, "", StringComparison.Ordinal)
            )
        );

        var grpc = Meetings(TestIdentity.HospitalMember);
        var agenda = await grpc.GetAgendaAsync(new GetAgendaRequest { MeetingId = seed.MeetingId });
        var notice = await grpc.GetNoticeAsync(new GetNoticeRequest { MeetingId = seed.MeetingId });
        var minutes = await grpc.GetMinutesAsync(new GetMinutesRequest { MeetingId = seed.MeetingId });
        var hidden = await Assert.ThrowsAsync<RpcException>(() =>
            grpc.GetAgendaItemAsync(
                new GetAgendaItemRequest { MeetingId = seed.MeetingId, ItemId = seed.Restricted }
            ).ResponseAsync
        );
        Assert.DoesNotContain(agenda.Items, i => i.CaseNumber == "08.24");
        Assert.Equal("07.24", agenda.Items.Last(i => i.CaseNumber != "").CaseNumber);
        Assert.DoesNotContain(notice.Items, i => i.CaseNumber == "08.24");
        Assert.Equal(["03.24"], minutes.Decisions.Select(d => d.CaseNumber));
        Assert.Equal(StatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task A_municipal_representative_sees_08_24_with_its_texts_attachments_decision_and_follow_up()
    {
        var seed = await HeldAndMinutedAsync();
        using var rest = Factory.CreateRestClient(TestIdentity.MunicipalMember);

        string[] itemPaths =
        [
            $"/api/meetings/{seed.MeetingId}",
            $"/api/meetings/{seed.MeetingId}/agenda",
            $"/api/meetings/{seed.MeetingId}/agenda/items/{seed.Restricted}",
            $"/api/meetings/{seed.MeetingId}/notice",
        ];
        foreach (var path in itemPaths)
        {
            var body = await rest.GetStringAsync(path);
            Assert.Contains("08.24", body);
            Assert.Contains("kommunalt budsjett", body);
        }
        Assert.Contains(BudgetDecision, await rest.GetStringAsync($"/api/meetings/{seed.MeetingId}/minutes"));
        Assert.Contains(
            BudgetFollowUp,
            await rest.GetStringAsync($"/api/meetings/arenas/{SeedNotice.ArenaId}/follow-ups")
        );
        Assert.Contains(
            "000000000801",
            await rest.GetStringAsync($"/api/meetings/{seed.MeetingId}/agenda/items/{seed.Restricted}")
        );
        Assert.Contains("Saken sendes ut separat", await rest.GetStringAsync($"/api/meetings/{seed.MeetingId}/notice"));

        var grpc = Meetings(TestIdentity.MunicipalMember);
        var item = await grpc.GetAgendaItemAsync(
            new GetAgendaItemRequest { MeetingId = seed.MeetingId, ItemId = seed.Restricted }
        );
        Assert.Equal(("08.24", "17:40", BudgetDecision), (item.CaseNumber, item.StartTime, item.Decision.AdoptedText));
    }

    /// <summary>Every GET the service offers a member, with the restricted item's id where a path takes one.</summary>
    private static IEnumerable<string> ReadPaths(SeedNotice seed) =>
        [
            "/api/meetings",
            $"/api/meetings?arenaId={SeedNotice.ArenaId}",
            $"/api/meetings/{seed.MeetingId}",
            $"/api/meetings/{seed.MeetingId}/agenda",
            $"/api/meetings/{seed.MeetingId}/agenda/items/{seed.ItemIds["03.24"]}",
            $"/api/meetings/{seed.MeetingId}/notice",
            $"/api/meetings/{seed.MeetingId}/minutes",
            $"/api/meetings/{seed.MeetingId}/voting-count",
            $"/api/meetings/arenas/{SeedNotice.ArenaId}/follow-ups",
            $"/api/meetings/arenas/{SeedNotice.ArenaId}/rules",
        ];

    [Fact]
    public async Task The_handlingsdel_lists_follow_ups_by_status_over_rest_as_the_web_ui_asks()
    {
        await HeldAndMinutedAsync();
        var secretariat = Meetings(TestIdentity.Secretariat);
        var report = (
            await secretariat.ListFollowUpsAsync(new ListFollowUpsRequest { ArenaId = SeedNotice.ArenaId })
        ).FollowUps.Single(f => f.Description == "Publisere årsrapporten");
        await secretariat.UpdateFollowUpAsync(
            new UpdateFollowUpRequest
            {
                FollowUpId = report.FollowUpId,
                Description = report.Description,
                Owner = report.Owner,
                DueDate = report.DueDate,
                Status = FollowUpStatus.InProgress,
            }
        );
        using var rest = Factory.CreateRestClient(TestIdentity.MunicipalMember);
        var path = $"/api/meetings/arenas/{SeedNotice.ArenaId}/follow-ups";

        var inProgress = await rest.GetStringAsync($"{path}?status=FOLLOW_UP_STATUS_IN_PROGRESS");
        var open = await rest.GetStringAsync($"{path}?status=FOLLOW_UP_STATUS_OPEN");

        Assert.Contains("Publisere årsrapporten", inProgress);
        Assert.DoesNotContain(BudgetFollowUp, inProgress);
        Assert.Contains(BudgetFollowUp, open);
        Assert.DoesNotContain("Publisere årsrapporten", open);
    }

    [Fact]
    public async Task A_follow_ups_status_changes_alone_keeping_its_text_owner_and_due_date()
    {
        await HeldAndMinutedAsync();
        var secretariat = Meetings(TestIdentity.Secretariat);
        var report = (
            await secretariat.ListFollowUpsAsync(new ListFollowUpsRequest { ArenaId = SeedNotice.ArenaId })
        ).FollowUps.Single(f => f.Description == "Publisere årsrapporten");
        using var rest = Factory.CreateRestClient(TestIdentity.Secretariat);
        var path = $"/api/meetings/follow-ups/{report.FollowUpId}/status";

        var done = await rest.PutAsJsonAsync(path, new { status = "FOLLOW_UP_STATUS_DONE" });
        var unknown = await rest.PutAsJsonAsync(path, new { status = "FOLLOW_UP_STATUS_UNSPECIFIED" });
        var after = (
            await secretariat.ListFollowUpsAsync(new ListFollowUpsRequest { ArenaId = SeedNotice.ArenaId })
        ).FollowUps.Single(f => f.FollowUpId == report.FollowUpId);

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(
            (FollowUpStatus.Done, report.Description, report.Owner, report.DueDate),
            (after.Status, after.Description, after.Owner, after.DueDate)
        );
    }

    [Fact]
    public async Task Follow_ups_paged_two_at_a_time_come_each_once_in_due_date_order_and_only_the_readers_own()
    {
        var seed = await HeldAndMinutedAsync();
        var meetings = Meetings(TestIdentity.Secretariat);
        // Due dates shared and missing (those come last), on both cases: the keyset's every key decides some order.
        foreach (
            var (item, due) in new[] { ("03.24", "2024-11-15"), ("03.24", ""), ("03.24", "2024-11-15"), ("03.24", "") }
        )
        {
            await meetings.CreateFollowUpAsync(
                new CreateFollowUpRequest
                {
                    MeetingId = seed.MeetingId,
                    ItemId = seed.ItemIds[item],
                    Description = $"Oppfølging {Guid.NewGuid():N}",
                    Owner = "Sekretariatet",
                    DueDate = due,
                }
            );
        }

        foreach (var reader in new[] { TestIdentity.Secretariat, TestIdentity.HospitalMember })
        {
            var client = Meetings(reader);
            var whole = (
                await client.ListFollowUpsAsync(
                    new ListFollowUpsRequest { ArenaId = SeedNotice.ArenaId, PageSize = 500 }
                )
            ).FollowUps;
            var paged = new List<string>();
            var token = string.Empty;
            do
            {
                var page = await client.ListFollowUpsAsync(
                    new ListFollowUpsRequest
                    {
                        ArenaId = SeedNotice.ArenaId,
                        PageSize = 2,
                        PageToken = token,
                    }
                );
                Assert.True(page.FollowUps.Count <= 2);
                paged.AddRange(page.FollowUps.Select(f => f.FollowUpId));
                token = page.NextPageToken;
            } while (token != string.Empty);

            Assert.True(whole.Count >= 4);
            Assert.Equal(whole.Select(f => f.FollowUpId), paged);
            Assert.Equal(
                whole
                    .Select(f => string.IsNullOrEmpty(f.DueDate) ? "9999-12-31" : f.DueDate)
                    .Order(StringComparer.Ordinal),
                whole.Select(f => string.IsNullOrEmpty(f.DueDate) ? "9999-12-31" : f.DueDate)
            );
            if (reader == TestIdentity.HospitalMember)
                Assert.DoesNotContain(whole, f => f.Description == BudgetFollowUp);
        }
    }

    /// <summary>
    /// The seed meeting through its whole life: notice, held, decisions and follow-ups on 03.24 and 08.24, approved
    /// minutes.
    /// </summary>
    private async Task<SeedNotice> HeldAndMinutedAsync()
    {
        var meetings = Meetings(TestIdentity.Secretariat);
        var seed = await SeedNotice.CreateAsync(meetings);
        var id = seed.MeetingId;
        await meetings.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = id });
        await meetings.MarkHeldAsync(new MarkHeldRequest { MeetingId = id });
        await meetings.RecordDecisionAsync(
            new RecordDecisionRequest
            {
                MeetingId = id,
                ItemId = seed.ItemIds["03.24"],
                Source = AdoptedTextSource.Proposal,
                Unanimous = true,
            }
        );
        await meetings.RecordDecisionAsync(
            new RecordDecisionRequest
            {
                MeetingId = id,
                ItemId = seed.Restricted,
                Source = AdoptedTextSource.Proposal,
                Unanimous = true,
            }
        );
        await meetings.CreateFollowUpAsync(
            new CreateFollowUpRequest
            {
                MeetingId = id,
                ItemId = seed.ItemIds["03.24"],
                Description = "Publisere årsrapporten",
                Owner = "Sekretariatet",
                DueDate = "2024-12-01",
            }
        );
        await meetings.CreateFollowUpAsync(
            new CreateFollowUpRequest
            {
                MeetingId = id,
                ItemId = seed.Restricted,
                Description = BudgetFollowUp,
                Owner = "Sekretariatet",
                DueDate = "2024-11-15",
            }
        );
        await meetings.DraftMinutesAsync(new DraftMinutesRequest { MeetingId = id });
        await meetings.ApproveMinutesAsync(new ApproveMinutesRequest { MeetingId = id });
        return seed;
    }
}
