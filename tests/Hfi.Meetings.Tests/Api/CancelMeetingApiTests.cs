using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Hfi.Contracts;
using Hfi.Meetings.Api;
using Hfi.Testing;

namespace Hfi.Meetings.Tests.Api;

/// <summary>
/// Cancelling a meeting through the API: its answer, its refusals and the events it sends through the outbox.
/// </summary>
[Collection(MeetingsCollection.Name)]
public sealed class CancelMeetingApiTests(InfrastructureFixture infrastructure) : MeetingsServiceTest(infrastructure)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_noticed_meeting_outside_the_plan_is_cancelled_and_those_summoned_are_told_once_through_the_outbox()
    {
        var meetings = Meetings(TestIdentity.Secretariat);
        var seed = await SeedNotice.CreateAsync(meetings);
        await meetings.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = seed.MeetingId });
        using var rest = Factory.CreateRestClient(TestIdentity.Secretariat);

        var answer = await rest.PostAsJsonAsync(
            $"/api/meetings/{seed.MeetingId}/cancel",
            new { reason = "Avlyst på grunn av uvær." }
        );
        var cancelled = await answer.Content.ReadFromJsonAsync<JsonElement>();
        var read = await Meetings(TestIdentity.HospitalMember)
            .GetMeetingAsync(new GetMeetingRequest { MeetingId = seed.MeetingId });
        var outbox = await OutboxAsync();
        var arranged = Assert.Single(
            outbox,
            m => m.MessageType.StartsWith($"{typeof(ArrangedMeetingCancelled).FullName},", StringComparison.Ordinal)
        );
        var told = Assert.Single(
            outbox,
            m => m.MessageType.StartsWith($"{typeof(MeetingCancelled).FullName},", StringComparison.Ordinal)
        );
        var arrangedEvent = JsonSerializer.Deserialize<ArrangedMeetingCancelled>(arranged.Payload, Json)!;
        var toldEvent = JsonSerializer.Deserialize<MeetingCancelled>(told.Payload, Json)!;

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(
            ("MEETING_STATUS_CANCELLED", "Avlyst på grunn av uvær."),
            (cancelled.GetProperty("status").GetString(), cancelled.GetProperty("cancelReason").GetString())
        );
        Assert.Equal(
            (Hfi.Meetings.Api.MeetingStatus.Cancelled, "Avlyst på grunn av uvær."),
            (read.Status, read.CancelReason)
        );
        Assert.NotNull(read.CancelledAt);
        Assert.Equal(
            (Guid.Parse(seed.MeetingId), null, "Avlyst på grunn av uvær."),
            (arrangedEvent.MeetingId, arrangedEvent.PlannedMeetingId, arrangedEvent.Reason)
        );
        Assert.Equal(
            (Guid.Parse(seed.MeetingId), "Avlyst på grunn av uvær."),
            (toldEvent.PlannedMeetingId, toldEvent.Reason)
        );
        Assert.False(string.IsNullOrEmpty(toldEvent.ArenaName));
        Assert.Equal(
            (new DateOnly(2024, 10, 24), "16:15", "18:00", "Hamar"),
            (
                toldEvent.Schedule.FirstDate!.Value,
                toldEvent.Schedule.StartTime,
                toldEvent.Schedule.EndTime,
                toldEvent.Schedule.Place
            )
        );
    }

    [Fact]
    public async Task A_cancellation_needs_a_reason_and_a_cancelled_meeting_refuses_its_agenda_in_norwegian()
    {
        var meetings = Meetings(TestIdentity.Secretariat);
        var seed = await SeedNotice.CreateAsync(meetings);
        using var rest = Factory.CreateRestClient(TestIdentity.Secretariat);

        var noReason = await rest.PostAsJsonAsync($"/api/meetings/{seed.MeetingId}/cancel", new { reason = " " });
        var noReasonJson = await noReason.Content.ReadFromJsonAsync<JsonElement>();
        var byMember = await Assert.ThrowsAsync<RpcException>(() =>
            Meetings(TestIdentity.MunicipalMember)
                .CancelMeetingAsync(new CancelMeetingRequest { MeetingId = seed.MeetingId, Reason = "Nei" })
                .ResponseAsync
        );
        await meetings.CancelMeetingAsync(
            new CancelMeetingRequest { MeetingId = seed.MeetingId, Reason = "Flyttet til neste år." }
        );
        var edit = await rest.PostAsJsonAsync($"/api/meetings/{seed.MeetingId}/notice", new { });
        var editJson = await edit.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(
            (HttpStatusCode.BadRequest, "CANCEL_REASON_MISSING"),
            (noReason.StatusCode, noReasonJson.GetProperty("reason").GetString())
        );
        Assert.Equal(StatusCode.PermissionDenied, byMember.StatusCode);
        Assert.Equal(
            (HttpStatusCode.BadRequest, "MEETING_CANCELLED"),
            (edit.StatusCode, editJson.GetProperty("reason").GetString())
        );
        Assert.Contains("avlyst", editJson.GetProperty("detail").GetString());
        Assert.DoesNotContain(
            await OutboxAsync(),
            m => m.MessageType.StartsWith($"{typeof(MeetingCancelled).FullName},", StringComparison.Ordinal)
        );
    }
}
