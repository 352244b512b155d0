using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Hfi.Meetings.Api;
using Hfi.Meetings.Tests.Domain;
using Hfi.Testing;

namespace Hfi.Meetings.Tests.Api;

[Collection(MeetingsCollection.Name)]
public sealed class LifecycleApiTests(InfrastructureFixture infrastructure) : MeetingsServiceTest(infrastructure)
{
    [Fact]
    public async Task A_step_out_of_order_is_refused_over_grpc_and_rest_naming_the_state_and_the_next_step()
    {
        var meetings = Meetings(TestIdentity.Secretariat);
        var seed = await SeedNotice.CreateAsync(meetings);

        var grpc = await Assert.ThrowsAsync<RpcException>(() =>
            meetings.ApproveMinutesAsync(new ApproveMinutesRequest { MeetingId = seed.MeetingId }).ResponseAsync
        );
        using var rest = Factory.CreateRestClient(TestIdentity.Secretariat);
        var answer = await rest.PostAsJsonAsync($"/api/meetings/{seed.MeetingId}/held", new { });
        var json = await answer.Content.ReadFromJsonAsync<JsonElement>();
        var meeting = await meetings.GetMeetingAsync(new GetMeetingRequest { MeetingId = seed.MeetingId });

        Assert.Equal(StatusCode.FailedPrecondition, grpc.StatusCode);
        Assert.Contains("it is 'draft'; the next step is to issue the notice", grpc.Status.Detail);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("the next step is to issue the notice", json.GetProperty("message").GetString());
        Assert.Equal(Hfi.Meetings.Api.MeetingStatus.Draft, meeting.Status);
    }

    [Fact]
    public async Task Members_cannot_edit_and_a_meeting_for_an_unknown_arena_is_refused()
    {
        var seed = await SeedNotice.CreateAsync(Meetings(TestIdentity.Secretariat));

        var member = await Assert.ThrowsAsync<RpcException>(() =>
            Meetings(TestIdentity.MunicipalMember)
                .AddAgendaItemAsync(
                    new AddAgendaItemRequest
                    {
                        MeetingId = seed.MeetingId,
                        Item = SeedNotice.ToInput(SeedAgenda.Presentation),
                    }
                )
                .ResponseAsync
        );
        var unknownArena = await Assert.ThrowsAsync<RpcException>(() =>
            Meetings(TestIdentity.Secretariat)
                .CreateMeetingAsync(
                    new CreateMeetingRequest
                    {
                        ArenaId = "finnes-ikke",
                        Title = "Møte",
                        StartsAt = Timestamp.FromDateTimeOffset(SeedAgenda.StartsAt),
                        EndsAt = Timestamp.FromDateTimeOffset(SeedAgenda.PlannedEnd),
                    }
                )
                .ResponseAsync
        );

        Assert.Equal(StatusCode.PermissionDenied, member.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, unknownArena.StatusCode);
        Assert.Contains("arena_id", unknownArena.Status.Detail);
    }

    [Fact]
    public async Task Edits_over_rest_take_a_secretariat_token_and_reads_of_attendance_a_signed_in_caller()
    {
        var seed = await SeedNotice.CreateAsync(Meetings(TestIdentity.Secretariat));
        using var anonymous = Factory.CreateRestClient();
        using var hospital = Factory.CreateRestClient(TestIdentity.HospitalMember);

        var create = await anonymous.PostAsJsonAsync(
            "/api/meetings",
            new { arenaId = SeedNotice.ArenaId, title = "Møte" }
        );
        var reorder = await hospital.PutAsJsonAsync(
            $"/api/meetings/{seed.MeetingId}/agenda/order",
            new { itemIds = seed.ItemIds.Values }
        );
        var withdraw = await hospital.PostAsJsonAsync(
            $"/api/meetings/{seed.MeetingId}/agenda/items/{seed.ItemIds["03.24"]}/withdraw",
            new { }
        );
        var attendance = await anonymous.GetAsync($"/api/meetings/{seed.MeetingId}/attendance");
        var agenda = await anonymous.GetAsync($"/api/meetings/{seed.MeetingId}/agenda");

        Assert.Equal(HttpStatusCode.Unauthorized, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reorder.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withdraw.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, attendance.StatusCode);
        Assert.Equal(HttpStatusCode.OK, agenda.StatusCode);
        Assert.DoesNotContain("08.24", await agenda.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_next_meeting_of_the_arena_approves_the_previous_minutes_and_numbering_continues_through_the_year()
    {
        var meetings = Meetings(TestIdentity.Secretariat);
        var first = await SeedNotice.CreateAsync(meetings);
        await meetings.WithdrawAgendaItemAsync(
            new WithdrawAgendaItemRequest { MeetingId = first.MeetingId, ItemId = first.Restricted }
        );

        var next = await meetings.CreateMeetingAsync(
            new CreateMeetingRequest
            {
                ArenaId = SeedNotice.ArenaId,
                Title = "Ekstraordinært partnerskapsmøte",
                StartsAt = Timestamp.FromDateTimeOffset(SeedAgenda.StartsAt.AddDays(30)),
                EndsAt = Timestamp.FromDateTimeOffset(SeedAgenda.PlannedEnd.AddDays(30)),
            }
        );

        Assert.Equal(
            [
                "09.24 Godkjenning av innkalling og saksliste",
                "10.24 Godkjenning av fullmakter",
                "11.24 Godkjenning av protokoll fra møtet 24.10.2024",
            ],
            next.Agenda.Items.Where(i => i.CaseNumber != "").Select(i => $"{i.CaseNumber} {i.Title}")
        );
        Assert.Equal("Eventuelt", next.Agenda.Items.Last().Title);
    }
}
