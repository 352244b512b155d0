using Hfi.Contracts;
using Hfi.Notifications.Api;
using Hfi.Notifications.Tests.Support;
using Hfi.Testing;

namespace Hfi.Notifications.Tests.Dispatch;

/// <summary>Planning's schedule changes reach every member of the arena.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class ScheduleChangeTests(InfrastructureFixture infrastructure)
{
    private static readonly PlannedMeetingSchedule Anchored = new()
    {
        DateKind = "anchored",
        DateText = "KS høstkonferanse oktober",
        FirstDate = new DateOnly(2025, 10, 1),
        LastDate = new DateOnly(2025, 10, 31),
        IsExactDate = false,
        StartTime = "16:00",
        EndTime = "18:00",
        IsDigital = false,
    };

    [Fact]
    public async Task A_rescheduled_meeting_is_told_to_every_member_and_one_without_a_known_arena_to_nobody()
    {
        await using var harness = await NotificationsHarness.StartAsync(infrastructure);
        var members = await harness.AddMembersAsync(municipal: 2, hospital: 2);
        var unknownArena = Guid.NewGuid();

        await harness.PublishAsync(Rescheduled(arenaId: null), unknownArena);
        await harness.PublishAsync(Rescheduled(SeedNotice.ArenaId), Guid.NewGuid());

        var mails = await Mailbox.WaitForAsync(harness.Mail, members.Count);
        Assert.Equal(
            members.Select(m => m.Email).Order(StringComparer.OrdinalIgnoreCase),
            mails.Select(Mailbox.Recipient).Order(StringComparer.OrdinalIgnoreCase)
        );
        Assert.All(
            mails,
            mail =>
                Assert.Equal(
                    "Endret tidspunkt: Partnerskapsmøtet, torsdag 16. oktober 2025 kl. 16:00–18:00",
                    mail.Subject
                )
        );
        var received = (
            await harness
                .NotificationsClient(TestIdentity.Secretariat)
                .ListReceivedEventsAsync(new ListReceivedEventsRequest())
        ).Events;
        Assert.Contains(
            received,
            e =>
                e.EventId == unknownArena.ToString() && e.Summary.Contains("nobody to notify", StringComparison.Ordinal)
        );
    }

    private static MeetingRescheduled Rescheduled(string? arenaId) =>
        new()
        {
            PlannedMeetingId = Guid.NewGuid(),
            Year = 2025,
            ArenaId = arenaId,
            ArenaName = "Partnerskapsmøtet",
            Status = "scheduled",
            Previous = Anchored,
            Current = Anchored with
            {
                DateKind = "exact",
                DateText = "16.okt.25",
                FirstDate = new DateOnly(2025, 10, 16),
                LastDate = new DateOnly(2025, 10, 16),
                IsExactDate = true,
            },
            RescheduledAt = DateTimeOffset.UtcNow,
        };
}
