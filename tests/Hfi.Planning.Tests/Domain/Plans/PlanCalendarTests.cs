using Hfi.Planning.Domain.Plans;
using Ical.Net;
using static Hfi.Planning.Tests.Domain.Plans.PlanFixtures;

namespace Hfi.Planning.Tests.Domain.Plans;

public sealed class PlanCalendarTests
{
    private static string Write(params string[] rows) => PlanCalendar.Write("Årsplan 2025", Read(rows), Stamp.At);

    [Fact]
    public void The_feed_is_a_published_calendar_with_its_time_zone_and_stable_uids()
    {
        var meetings = Read("SSU\t\tTorsdag\t13.feb.25\t10:00-14:00\tBrumunddal\tBudsjett (B)");

        var ics = PlanCalendar.Write("Årsplan 2025", meetings, Stamp.At);

        Assert.Contains("METHOD:PUBLISH", ics, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE", ics, StringComparison.Ordinal);
        Assert.Contains("TZID:Europe/Oslo", ics, StringComparison.Ordinal);
        Assert.Contains("X-WR-CALNAME:Årsplan 2025", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Oslo:20250213T100000", ics, StringComparison.Ordinal);
        Assert.Contains($"UID:{meetings[0].Id}@planning.hfi", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Exact_days_without_a_time_are_all_day_a_start_alone_gets_an_assumed_end_and_a_week_spans_the_week()
    {
        var calendar = Calendar.Load(
            Write(
                "SSU\t\t\t13.feb.25\t\tBrumunddal\t",
                "SSU\t\t\t14.feb.25\tkl. 09:00\tBrumunddal\t",
                "Arbeidsutvalget\t\t\tuke 35\t2 timer\tTeams\t"
            )
        )!;

        var allDay = calendar.Events.Single(e => e.DtStart!.Date == new DateOnly(2025, 2, 13));
        Assert.False(allDay.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2025, 2, 14), allDay.DtEnd!.Date);
        var startOnly = calendar.Events.Single(e => e.DtStart!.Date == new DateOnly(2025, 2, 14));
        Assert.Equal(new TimeOnly(11, 0), startOnly.DtEnd!.Time);
        Assert.Contains("Tid: kl. 09:00\n", startOnly.Description, StringComparison.Ordinal);
        Assert.Contains("Sluttid er ikke oppgitt", startOnly.Description, StringComparison.Ordinal);
        var week = calendar.Events.Single(e => e.Summary!.StartsWith("Arbeidsutvalget", StringComparison.Ordinal));
        Assert.Equal((new DateOnly(2025, 8, 25), new DateOnly(2025, 9, 1)), (week.DtStart!.Date, week.DtEnd!.Date));
        Assert.Equal("Arbeidsutvalget (foreløpig: uke 35)", week.Summary);
        Assert.Contains("Digitalt møte", week.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Meetings_without_a_readable_date_are_left_out()
    {
        var calendar = Calendar.Load(Write("SSU\t\t\tsnart\t\tBrumunddal\t", "SSU\t\t\t13.feb.25\t\tBrumunddal\t"))!;

        Assert.Single(calendar.Events);
    }

    [Fact]
    public void A_start_with_an_unusable_end_lasts_as_long_as_the_arenas_other_meetings()
    {
        var calendar = Calendar.Load(
            Write(
                "SSU\t\tTorsdag\t13.feb.25\t10:00-14:00\tBrumunddal\t",
                "SSU\t\tTorsdag\t22.mai.25\t12:00-12:00\tBrumunddal\t"
            )
        )!;

        var may = calendar.Events.Single(e => e.DtStart!.Date == new DateOnly(2025, 5, 22));
        Assert.Equal((new TimeOnly(12, 0), new TimeOnly(16, 0)), (may.DtStart!.Time!.Value, may.DtEnd!.Time!.Value));
        Assert.Contains(
            "Tid: kl. 12:00\nSluttiden i årsplanen («12:00-12:00») er ikke etter starttiden.",
            may.Description,
            StringComparison.Ordinal
        );
        var february = calendar.Events.Single(e => e.DtStart!.Date == new DateOnly(2025, 2, 13));
        Assert.Contains("Tid: kl. 10:00–14:00", february.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_over_two_days_is_held_at_its_times_on_each_day()
    {
        var calendar = Calendar.Load(Write("SSU\t\tOnsdag\t12.-13. mars 2025\t10:00-14:00\tHamar\t"))!;

        var march = Assert.Single(calendar.Events);
        Assert.Equal(
            (new DateOnly(2025, 3, 12), new TimeOnly(10, 0)),
            (march.DtStart!.Date, march.DtStart.Time!.Value)
        );
        Assert.Equal((new DateOnly(2025, 3, 12), new TimeOnly(14, 0)), (march.DtEnd!.Date, march.DtEnd.Time!.Value));
        Assert.Equal(2, march.RecurrenceRule!.Count);
        Assert.Contains("Tid: kl. 10:00–14:00 hver dag", march.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Topics_with_several_points_read_as_a_list_with_their_marks()
    {
        var calendar = Calendar.Load(
            Write(
                "SSU\t\t\t13.feb.25\t10:00-14:00\tBrumunddal\tStrategiske satsninger - iverksette - Modell for gevinst (B) - Tilskuddsmidler (D) - Handlingsdel - status"
            )
        )!;

        var lines = Assert.Single(calendar.Events).Description!.Split('\n');
        Assert.Contains("• Strategiske satsninger - iverksette:", lines);
        Assert.Contains("   – Modell for gevinst (B)", lines);
        Assert.Contains("   – Tilskuddsmidler (D)", lines);
        Assert.Contains("   – Handlingsdel - status", lines);
    }
}
