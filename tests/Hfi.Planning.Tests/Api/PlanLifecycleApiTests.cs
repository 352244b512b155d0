using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Grpc.Core;
using Hfi.Planning.Api;
using Hfi.Planning.Data;
using Hfi.Planning.Tests.Seeds;
using Hfi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ChangeStamp = Hfi.Planning.Domain.Plans.ChangeStamp;
using MeetingEdit = Hfi.Planning.Domain.Plans.MeetingEdit;

namespace Hfi.Planning.Tests.Api;

/// <summary>
/// Approving, moving and cancelling meetings of the real 2025 plan, with versions, history and events.
/// </summary>
[Collection(PlanningCollection.Name)]
public sealed class PlanLifecycleApiTests(InfrastructureFixture infrastructure) : PlanningServiceTest(infrastructure)
{
    private PlanningApi.PlanningApiClient Client => new(Factory.CreateGrpcChannel(TestIdentity.Secretariat));

    private async Task<Plan> ImportSeedAsync()
    {
        await Client.ImportPlanAsync(
            new ImportPlanRequest
            {
                Year = 2025,
                Table = new Google.Api.HttpBody
                {
                    ContentType = "text/plain",
                    Data = Google.Protobuf.ByteString.CopyFromUtf8(SeedPlan.Text2025),
                },
            }
        );
        return await Client.GetPlanAsync(new GetPlanRequest { Year = 2025 });
    }

    private static PlannedMeeting DialogueIn(Plan plan, string regionId) =>
        plan.Arenas.Single(a => a.ArenaId == $"dialogmote-{regionId}").Meetings.Single();

    private async Task<List<string>> OutboxTypesAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlanningDbContext>();
        var types = await db
            .OutboxMessages.AsNoTracking()
            .OrderBy(m => m.Sequence)
            .Select(m => m.MessageType)
            .ToListAsync();
        return types.Select(t => t.Split(',')[0].Split('.')[^1]).ToList();
    }

    [Fact]
    public async Task Approval_names_the_case_and_announces_every_meeting_through_the_outbox()
    {
        var draft = await ImportSeedAsync();
        Assert.Empty(await OutboxTypesAsync());

        var approved = await Client.ApprovePlanAsync(
            new ApprovePlanRequest
            {
                Year = 2025,
                ApprovalCase = "sak 33/24",
                ExpectedVersion = draft.Version,
            }
        );

        Assert.Equal(
            (PlanStatus.Approved, "sak 33/24", draft.Version + 1),
            (approved.Status, approved.ApprovalCase, approved.Version)
        );
        var types = await OutboxTypesAsync();
        Assert.Equal(13, types.Count(t => t == "MeetingScheduled"));
        Assert.Equal(14, types.Count);
        Assert.Single(types, t => t == "PlanApproved");
        var again = await Assert.ThrowsAsync<RpcException>(() =>
            Client
                .ApprovePlanAsync(
                    new ApprovePlanRequest
                    {
                        Year = 2025,
                        ApprovalCase = "sak 34/24",
                        ExpectedVersion = approved.Version,
                    }
                )
                .ResponseAsync
        );
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
    }

    [Fact]
    public async Task Narrowing_a_window_to_a_date_keeps_the_history_revises_the_plan_and_publishes_the_move()
    {
        var draft = await ImportSeedAsync();
        var approved = await Client.ApprovePlanAsync(
            new ApprovePlanRequest
            {
                Year = 2025,
                ApprovalCase = "sak 33/24",
                ExpectedVersion = draft.Version,
            }
        );
        var hamar = DialogueIn(approved, "hamar");

        var moved = await Client.RescheduleMeetingAsync(
            new RescheduleMeetingRequest
            {
                PlannedMeetingId = hamar.PlannedMeetingId,
                ExpectedVersion = approved.Version,
                DateText = "28.aug.25",
                TimeText = "12:00-14:00",
                Reason = "Avtalt med regionrådet",
            }
        );
        var history = await Client.GetMeetingHistoryAsync(
            new GetMeetingHistoryRequest { PlannedMeetingId = hamar.PlannedMeetingId }
        );
        var revised = await Client.GetPlanAsync(new GetPlanRequest { Year = 2025 });

        Assert.Equal(
            ("2025-08-28", true, PlannedMeetingStatus.Scheduled, "Brumunddal"),
            (moved.FirstDate, moved.IsExactDate, moved.Status, moved.Place)
        );
        var change = Assert.Single(history.Changes);
        Assert.Equal(
            ("aug/sept", "28.aug.25", "2 timer", "Avtalt med regionrådet"),
            (change.BeforeDateText, change.AfterDateText, change.BeforeTimeText, change.Reason)
        );
        Assert.Equal("sekretariat-1", change.ChangedBy);
        Assert.Equal(PlanStatus.Revised, revised.Status);
        var revision = Assert.Single(revised.Revisions);
        Assert.Equal((1, revised.Version), (revision.Number, revision.PlanVersion));
        Assert.Equal("MeetingRescheduled", (await OutboxTypesAsync())[^1]);

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlanningDbContext>();
        var payload = (await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Sequence).LastAsync()).Payload;
        Assert.Contains("\"dateText\": \"aug/sept\"", payload, StringComparison.Ordinal);
        Assert.Contains("\"firstDate\": \"2025-08-28\"", payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_edit_is_a_conflict_and_changes_nothing()
    {
        var plan = await ImportSeedAsync();
        var valdres = DialogueIn(plan, "valdres");
        var tynset = DialogueIn(plan, "nord-osterdal");
        await Client.RescheduleMeetingAsync(
            new RescheduleMeetingRequest
            {
                PlannedMeetingId = valdres.PlannedMeetingId,
                ExpectedVersion = plan.Version,
                DateText = "uke 35",
            }
        );

        var stale = await Assert.ThrowsAsync<RpcException>(() =>
            Client
                .RescheduleMeetingAsync(
                    new RescheduleMeetingRequest
                    {
                        PlannedMeetingId = tynset.PlannedMeetingId,
                        ExpectedVersion = plan.Version,
                        DateText = "2.sep.25",
                    }
                )
                .ResponseAsync
        );
        using var rest = Factory.CreateRestClient(TestIdentity.Secretariat);
        var staleOverRest = await rest.PostAsJsonAsync(
            $"/api/planning/planned-meetings/{tynset.PlannedMeetingId}/cancel",
            new { expectedVersion = plan.Version }
        );
        var unchanged = await Client.GetPlannedMeetingAsync(
            new GetPlannedMeetingRequest { PlannedMeetingId = tynset.PlannedMeetingId }
        );

        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Contains("version", stale.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, staleOverRest.StatusCode);
        Assert.Equal(("aug/sept", PlannedMeetingStatus.Tentative), (unchanged.DateText, unchanged.Status));
        Assert.Equal(plan.Version + 1, (await Client.GetPlanAsync(new GetPlanRequest { Year = 2025 })).Version);
    }

    [Fact]
    public async Task An_unreadable_new_date_is_refused_and_a_cancelled_meeting_is_announced_as_cancelled()
    {
        var draft = await ImportSeedAsync();
        var approved = await Client.ApprovePlanAsync(
            new ApprovePlanRequest
            {
                Year = 2025,
                ApprovalCase = "sak 33/24",
                ExpectedVersion = draft.Version,
            }
        );
        var otta = DialogueIn(approved, "nord-gudbrandsdal");

        var unreadable = await Assert.ThrowsAsync<RpcException>(() =>
            Client
                .RescheduleMeetingAsync(
                    new RescheduleMeetingRequest
                    {
                        PlannedMeetingId = otta.PlannedMeetingId,
                        ExpectedVersion = approved.Version,
                        DateText = "en gang i høst",
                        TimeText = "12:00-11:00",
                    }
                )
                .ResponseAsync
        );
        var cancelled = await Client.CancelMeetingAsync(
            new CancelMeetingRequest
            {
                PlannedMeetingId = otta.PlannedMeetingId,
                ExpectedVersion = approved.Version,
                Reason = "Slått sammen med Sør-Gudbrandsdal",
            }
        );

        Assert.Equal(
            ["date_text", "time_text"],
            unreadable.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field)
        );
        Assert.Equal(PlannedMeetingStatus.Cancelled, cancelled.Status);
        Assert.Equal("MeetingCancelled", (await OutboxTypesAsync())[^1]);
    }

    [Fact]
    public async Task Meetings_are_found_by_date_range_region_and_member_and_shared_members_on_one_day_are_a_conflict()
    {
        var plan = await ImportSeedAsync();
        foreach (var arenaId in new[] { "ssu", "dialogmote-hamar" })
        {
            await Client.AddArenaMemberAsync(
                new AddArenaMemberRequest
                {
                    ArenaId = arenaId,
                    PersonName = "Kari Leder",
                    Email = "kari.leder@hamar.kommune.no",
                    PartnerId = "hamar",
                    Kind = MemberKind.MunicipalRepresentative,
                    Role = MemberRole.Leader,
                    HasVotingRight = true,
                    TermFrom = "2024-01-01",
                    TermTo = "2027-12-31",
                }
            );
        }
        var hamar = DialogueIn(plan, "hamar");
        await Client.RescheduleMeetingAsync(
            new RescheduleMeetingRequest
            {
                PlannedMeetingId = hamar.PlannedMeetingId,
                ExpectedVersion = plan.Version,
                DateText = "13.feb.25",
            }
        );

        var february = await Client.ListPlannedMeetingsAsync(
            new ListPlannedMeetingsRequest { FromDate = "2025-02-01", ToDate = "2025-02-28" }
        );
        var inRegion = await Client.ListPlannedMeetingsAsync(new ListPlannedMeetingsRequest { RegionId = "valdres" });
        var forKari = await Client.ListPlannedMeetingsAsync(
            new ListPlannedMeetingsRequest { MemberEmail = "Kari.Leder@hamar.kommune.no" }
        );
        var conflict = Assert.Single((await Client.GetPlanAsync(new GetPlanRequest { Year = 2025 })).Conflicts);

        Assert.Equal(["ssu", "dialogmote-hamar"], february.Meetings.Select(m => m.ArenaId));
        Assert.Equal("Fagernes", Assert.Single(inRegion.Meetings).Place);
        Assert.Equal(6, forKari.Meetings.Count);
        Assert.Equal(
            (ConflictKind.SameDay, "2025-02-13", "Kari Leder"),
            (conflict.Kind, conflict.Day, Assert.Single(conflict.People))
        );
        Assert.Contains("Kari Leder skal både på", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Looking_meetings_up_by_member_takes_a_signed_in_caller()
    {
        var anonymous = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel());

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            anonymous
                .ListPlannedMeetingsAsync(
                    new ListPlannedMeetingsRequest { MemberEmail = "kari.leder@hamar.kommune.no" }
                )
                .ResponseAsync
        );

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task Two_edits_racing_on_the_same_version_save_one_and_refuse_the_other()
    {
        var plan = await ImportSeedAsync();
        var hamar = Guid.Parse(DialogueIn(plan, "hamar").PlannedMeetingId);
        var valdres = Guid.Parse(DialogueIn(plan, "valdres").PlannedMeetingId);
        var stamp = new ChangeStamp(DateTimeOffset.UtcNow, "test");

        await using var first = Factory.Services.CreateAsyncScope();
        await using var second = Factory.Services.CreateAsyncScope();
        var firstStore = first.ServiceProvider.GetRequiredService<PlanStore>();
        var secondStore = second.ServiceProvider.GetRequiredService<PlanStore>();
        var firstPlan = await firstStore.RequireAsync(2025, CancellationToken.None);
        var secondPlan = await secondStore.RequireAsync(2025, CancellationToken.None);
        firstPlan.Reschedule(hamar, plan.Version, MeetingEdit.Read("28.aug.25", null, null, 2025), null, stamp);
        secondPlan.Reschedule(valdres, plan.Version, MeetingEdit.Read("2.sep.25", null, null, 2025), null, stamp);

        await firstStore.SaveAsync(firstPlan, CancellationToken.None);
        await Assert.ThrowsAsync<Hfi.ServiceDefaults.Domain.ConflictException>(() =>
            secondStore.SaveAsync(secondPlan, CancellationToken.None)
        );

        var stored = await Client.GetPlanAsync(new GetPlanRequest { Year = 2025 });
        Assert.Equal(plan.Version + 1, stored.Version);
        Assert.Equal("28.aug.25", DialogueIn(stored, "hamar").DateText);
        Assert.Equal("aug/sept", DialogueIn(stored, "valdres").DateText);
    }

    [Fact]
    public async Task The_secretariat_marks_a_meeting_held_over_rest_and_its_history_says_so()
    {
        var plan = await ImportSeedAsync();
        var february = plan.Arenas.Single(a => a.ArenaId == "ssu").Meetings[0];

        using var rest = Factory.CreateRestClient(TestIdentity.Secretariat);
        var answer = await rest.PostAsJsonAsync(
            $"/api/planning/planned-meetings/{february.PlannedMeetingId}/held",
            new { expectedVersion = plan.Version }
        );
        var held = await answer.Content.ReadFromJsonAsync<JsonElement>();
        var history = await Client.GetMeetingHistoryAsync(
            new GetMeetingHistoryRequest { PlannedMeetingId = february.PlannedMeetingId }
        );

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("PLANNED_MEETING_STATUS_HELD", held.GetProperty("status").GetString());
        Assert.Equal("held", Assert.Single(history.Changes).Kind);
    }
}
