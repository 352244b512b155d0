using Hfi.Contracts;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Wording;

namespace Hfi.Notifications.Tests.Wording;

public sealed class ScheduleTextTests
{
    private static readonly PlannedMeetingSchedule Window = new()
    {
        DateKind = "window",
        DateText = "aug/sept",
        FirstDate = new DateOnly(2025, 8, 1),
        LastDate = new DateOnly(2025, 9, 30),
        IsExactDate = false,
        DurationMinutes = 120,
        Place = "Elverum",
        IsDigital = false,
    };

    private static readonly PlannedMeetingSchedule Exact = new()
    {
        DateKind = "exact",
        DateText = "13.feb.25",
        FirstDate = new DateOnly(2025, 2, 13),
        LastDate = new DateOnly(2025, 2, 13),
        IsExactDate = true,
        StartTime = "10:00",
        EndTime = "14:00",
        Place = "Brumunddal",
        IsDigital = false,
    };

    [Fact]
    public void An_exact_day_is_written_out_and_a_window_keeps_the_plans_own_words()
    {
        Assert.Equal("torsdag 13. februar 2025 kl. 10:00–14:00", ScheduleText.When(Exact));
        Assert.Equal("aug/sept", ScheduleText.When(Window));
    }

    [Fact]
    public void A_rescheduled_meeting_tells_the_new_and_the_old_time_and_why()
    {
        var text = ScheduleText.For(
            new MeetingRescheduled
            {
                PlannedMeetingId = Guid.NewGuid(),
                Year = 2025,
                ArenaId = "dialogmote-sor-osterdal",
                ArenaName = "Dialogmøte Sør-Østerdal",
                Status = "scheduled",
                Previous = Window,
                Current = Exact with { Place = "Elverum" },
                Reason = "Dato avtalt med regionen",
                RescheduledAt = DateTimeOffset.UtcNow,
            }
        );

        Assert.Equal(
            "Endret tidspunkt: Dialogmøte Sør-Østerdal, torsdag 13. februar 2025 kl. 10:00–14:00",
            text.Subject
        );
        Assert.Contains("Nytt tidspunkt: torsdag 13. februar 2025 kl. 10:00–14:00", text.Body);
        Assert.Contains("Sted: Elverum", text.Body);
        Assert.Contains("Tidligere: aug/sept", text.Body);
        Assert.Contains("Årsak: Dato avtalt med regionen", text.Body);
    }

    [Fact]
    public void A_cancelled_meeting_says_so()
    {
        var text = ScheduleText.For(
            new MeetingCancelled
            {
                PlannedMeetingId = Guid.NewGuid(),
                Year = 2025,
                ArenaId = "ssu",
                ArenaName = "Strategisk samarbeidsutvalg",
                Schedule = Exact,
                CancelledAt = DateTimeOffset.UtcNow,
            }
        );

        Assert.Equal("Avlyst: Strategisk samarbeidsutvalg, torsdag 13. februar 2025 kl. 10:00–14:00", text.Subject);
        Assert.DoesNotContain("Årsak", text.Body);
    }
}
