using System.Text.Json;
using Hfi.Contracts;
using Hfi.Planning.Api;
using Hfi.Planning.Data;
using Hfi.Planning.Tests.Seeds;
using Hfi.Testing;
using Ical.Net;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.Planning.Tests.Api;

/// <summary>
/// The plan follows the meeting in Meetings that realises a planned meeting, through the real broker.
/// </summary>
[Collection(PlanningCollection.Name)]
public sealed class MeetingSyncTests(InfrastructureFixture infrastructure) : PlanningServiceTest(infrastructure)
{
    private static readonly DateTimeOffset StartsAt = new(2025, 10, 16, 14, 0, 0, TimeSpan.Zero); // 16:00 in Oslo

    private PlanningApi.PlanningApiClient Client => new(Factory.CreateGrpcChannel(TestIdentity.Secretariat));

    private Task PublishAsync<T>(T message, Guid messageId)
        where T : class =>
        Factory.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId);

    [Fact]
    public async Task A_meeting_that_realises_a_planned_meeting_fixes_its_day_time_and_place_and_holding_it_marks_it_held()
    {
        using (var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat))
            await SeedPlan.ImportAndApproveAsync(secretariat);
        var planned = Assert.Single(
            (
                await Client.ListPlannedMeetingsAsync(new ListPlannedMeetingsRequest { ArenaId = "partnerskapsmotet" })
            ).Meetings
        );
        var plannedId = Guid.Parse(planned.PlannedMeetingId);
        Assert.Equal((DateKind.Anchored, PlannedMeetingStatus.Tentative), (planned.DateKind, planned.Status));
        var arranged = new MeetingArranged
        {
            MeetingId = Guid.NewGuid(),
            PlannedMeetingId = plannedId,
            ArenaId = "partnerskapsmotet",
            StartsAt = StartsAt,
            EndsAt = StartsAt.AddHours(2),
            Place = "Scandic Hamar",
            ArrangedAt = DateTimeOffset.UtcNow,
        };
        var arrangedId = Guid.NewGuid();

        await PublishAsync(arranged, arrangedId);
        var fixedMeeting = await Eventually.Get(
            () => PlannedAsync(plannedId),
            m => m.Status == PlannedMeetingStatus.Scheduled,
            "the plan to take the meeting's day"
        );
        await PublishAsync(arranged, arrangedId);
        await PublishAsync(
            new MeetingHeld
            {
                MeetingId = arranged.MeetingId,
                PlannedMeetingId = plannedId,
                ArenaId = "partnerskapsmotet",
                StartsAt = StartsAt,
                EndsAt = StartsAt.AddHours(2),
                Place = "Scandic Hamar",
                HeldAt = DateTimeOffset.UtcNow,
            },
            Guid.NewGuid()
        );
        var held = await Eventually.Get(
            () => PlannedAsync(plannedId),
            m => m.Status == PlannedMeetingStatus.Held,
            "the plan to record the meeting as held"
        );
        using var rest = Factory.CreateRestClient();
        var calendar = Calendar.Load(
            await rest.GetStringAsync("/api/planning/plans/2025/arenas/partnerskapsmotet/calendar.ics")
        )!;
        var history = (
            await Client.GetMeetingHistoryAsync(
                new GetMeetingHistoryRequest { PlannedMeetingId = planned.PlannedMeetingId }
            )
        ).Changes;

        Assert.Equal(
            ("2025-10-16", "2025-10-16", "16:00", "18:00", "Scandic Hamar", DateKind.Exact),
            (
                fixedMeeting.FirstDate,
                fixedMeeting.LastDate,
                fixedMeeting.StartTime,
                fixedMeeting.EndTime,
                fixedMeeting.Place,
                fixedMeeting.DateKind
            )
        );
        Assert.Equal(2, history.Count);
        var calendarEvent = Assert.Single(calendar.Events);
        Assert.Equal(
            (2, EventStatus.Confirmed, "Scandic Hamar"),
            (calendarEvent.Sequence, calendarEvent.Status, calendarEvent.Location)
        );
        Assert.Equal(
            (new DateOnly(2025, 10, 16), new TimeOnly(16, 0)),
            (calendarEvent.DtStart!.Date, calendarEvent.DtStart.Time!.Value)
        );
        Assert.Equal(PlannedMeetingStatus.Held, held.Status);
    }

    [Fact]
    public async Task A_meeting_cancelled_in_meetings_cancels_its_planned_meeting_once_telling_the_members_and_the_calendar()
    {
        using (var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat))
            await SeedPlan.ImportAndApproveAsync(secretariat);
        var planned = Assert.Single(
            (
                await Client.ListPlannedMeetingsAsync(new ListPlannedMeetingsRequest { ArenaId = "partnerskapsmotet" })
            ).Meetings
        );
        var plannedId = Guid.Parse(planned.PlannedMeetingId);
        var cancelled = new ArrangedMeetingCancelled
        {
            MeetingId = Guid.NewGuid(),
            PlannedMeetingId = plannedId,
            ArenaId = "partnerskapsmotet",
            Reason = "Avlyst på grunn av uvær.",
            CancelledAt = DateTimeOffset.UtcNow,
        };
        var messageId = Guid.NewGuid();
        using var rest = Factory.CreateRestClient();
        var before = Assert.Single(
            Calendar
                .Load(await rest.GetStringAsync("/api/planning/plans/2025/arenas/partnerskapsmotet/calendar.ics"))!
                .Events
        );

        await PublishAsync(cancelled, messageId);
        var entry = await Eventually.Get(
            () => PlannedAsync(plannedId),
            m => m.Status == PlannedMeetingStatus.Cancelled,
            "the plan to cancel the planned meeting"
        );
        await PublishAsync(cancelled, messageId);
        await PublishAsync(cancelled with { }, Guid.NewGuid());
        await Task.Delay(TimeSpan.FromSeconds(2));
        var calendar = Calendar.Load(
            await rest.GetStringAsync("/api/planning/plans/2025/arenas/partnerskapsmotet/calendar.ics")
        )!;
        var history = (
            await Client.GetMeetingHistoryAsync(
                new GetMeetingHistoryRequest { PlannedMeetingId = planned.PlannedMeetingId }
            )
        ).Changes;
        var told = await CancellationsToldAsync();

        Assert.Equal(PlannedMeetingStatus.Cancelled, entry.Status);
        Assert.Equal("Avlyst på grunn av uvær.", Assert.Single(told).Reason);
        Assert.Single(history);
        var calendarEvent = Assert.Single(calendar.Events);
        Assert.Equal((EventStatus.Cancelled, before.Sequence + 1), (calendarEvent.Status, calendarEvent.Sequence));
    }

    private async Task<List<MeetingCancelled>> CancellationsToldAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlanningDbContext>();
        var payloads = await db
            .OutboxMessages.AsNoTracking()
            .Where(m => m.MessageType.StartsWith(typeof(MeetingCancelled).FullName + ","))
            .Select(m => m.Payload)
            .ToListAsync();
        return [.. payloads.Select(p => JsonSerializer.Deserialize<MeetingCancelled>(p, JsonSerializerOptions.Web)!)];
    }

    private async Task<PlannedMeeting> PlannedAsync(Guid id) =>
        await Client.GetPlannedMeetingAsync(new GetPlannedMeetingRequest { PlannedMeetingId = id.ToString() });
}
