using System.Net;
using System.Text;
using Hfi.Planning.Tests.Seeds;
using Hfi.Planning.Tests.Support;
using Hfi.Testing;
using Ical.Net;
using Ical.Net.CalendarComponents;

namespace Hfi.Planning.Tests.Api;

[Collection(PlanningCollection.Name)]
public sealed class CalendarApiTests(InfrastructureFixture infrastructure) : PlanningServiceTest(infrastructure)
{
    private async Task<Calendar> CalendarAsync(string path)
    {
        using var rest = Factory.CreateRestClient();
        var answer = await rest.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("text/calendar", answer.Content.Headers.ContentType!.MediaType);
        return Calendar.Load(await answer.Content.ReadAsStringAsync())!;
    }

    private async Task<string> FeedAsync(string path)
    {
        using var rest = Factory.CreateRestClient();
        return await rest.GetStringAsync(path);
    }

    private async Task ImportSeedAsync()
    {
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);
        await SeedPlan.ImportAndApproveAsync(secretariat);
    }

    [Fact]
    public async Task The_year_calendar_parses_back_with_one_event_per_meeting()
    {
        await ImportSeedAsync();

        var calendar = await CalendarAsync("/api/planning/plans/2025/calendar.ics");

        Assert.Equal(13, calendar.Events.Count);
        Assert.Equal(13, calendar.Events.Select(e => e.Uid).Distinct().Count());
        var february = calendar.Events.Single(e => e.DtStart!.Date == new DateOnly(2025, 2, 13));
        Assert.Equal(
            ("Strategisk samarbeidsutvalg", "Brumunddal", EventStatus.Confirmed),
            (february.Summary, february.Location, february.Status)
        );
        Assert.Equal(
            (new TimeOnly(10, 0), new TimeOnly(14, 0), "Europe/Oslo"),
            (february.DtStart!.Time!.Value, february.DtEnd!.Time!.Value, february.DtStart.TzId)
        );
        Assert.Contains("(B)", february.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Windows_and_anchored_dates_are_all_day_tentative_events_spanning_the_window()
    {
        await ImportSeedAsync();

        var calendar = await CalendarAsync("/api/planning/plans/2025/calendar.ics");

        var tentative = calendar.Events.Where(e => e.Status == EventStatus.Tentative).ToList();
        Assert.Equal(8, tentative.Count);
        Assert.All(tentative, e => Assert.False(e.DtStart!.HasTime));
        var partnership = tentative.Single(e => e.Summary!.StartsWith("Partnerskapsmøtet", StringComparison.Ordinal));
        Assert.Equal(
            (new DateOnly(2025, 10, 1), new DateOnly(2025, 11, 1)),
            (partnership.DtStart!.Date, partnership.DtEnd!.Date)
        );
        Assert.Equal("Sted kommer", partnership.Location);
        Assert.Contains("KS høstkonferanse", partnership.Description, StringComparison.Ordinal);
        var elverum = tentative.Single(e => e.Location == "Elverum");
        Assert.Equal(
            (new DateOnly(2025, 8, 1), new DateOnly(2025, 10, 1)),
            (elverum.DtStart!.Date, elverum.DtEnd!.Date)
        );
    }

    [Fact]
    public async Task Calendars_per_arena_hold_their_meetings_and_per_region_add_the_arenas_common_to_all_regions()
    {
        await ImportSeedAsync();

        var ssu = await CalendarAsync("/api/planning/plans/2025/arenas/ssu/calendar.ics");
        var hamar = await CalendarAsync("/api/planning/plans/2025/regions/hamar/calendar.ics");
        using var rest = Factory.CreateRestClient();
        var unknown = await rest.GetAsync("/api/planning/plans/2025/regions/oslo/calendar.ics");
        var noPlan = await rest.GetAsync("/api/planning/plans/2031/calendar.ics");

        Assert.Equal(5, ssu.Events.Count);
        Assert.Equal(7, hamar.Events.Count);
        Assert.Equal(
            "Brumunddal",
            Assert.Single(hamar.Events, e => e.Summary!.StartsWith("Dialogmøte", StringComparison.Ordinal)).Location
        );
        Assert.Equal(5, hamar.Events.Count(e => e.Summary == "Strategisk samarbeidsutvalg"));
        Assert.Single(hamar.Events, e => e.Summary!.StartsWith("Partnerskapsmøtet", StringComparison.Ordinal));
        Assert.DoesNotContain(hamar.Events, e => e.Location == "Elverum");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noPlan.StatusCode);
    }

    [Fact]
    public async Task A_second_parser_reads_the_oslo_time_zone_rules_an_end_on_every_timed_event_and_each_day_of_a_two_day_meeting()
    {
        await ImportSeedAsync();

        var feed = await PythonCalendar.ReadAsync(
            await FeedAsync("/api/planning/plans/2025/calendar.ics"),
            "2025-02-13T10:00",
            "2025-05-22T12:00"
        );

        var zone = Assert.Single(feed.Timezones);
        Assert.Equal("Europe/Oslo", zone.Tzid);
        Assert.Equal(["DAYLIGHT", "STANDARD"], zone.Parts.Order());
        Assert.Equal(("+0100", "+0200"), (zone.Offsets["2025-02-13T10:00"], zone.Offsets["2025-05-22T12:00"]));
        Assert.Equal(13, feed.Events.Count);
        var timed = feed.Events.Where(e => e.Start.Local is not null).ToList();
        Assert.Equal(5, timed.Count);
        Assert.All(timed, e => Assert.Equal(("Europe/Oslo", "Europe/Oslo"), (e.Start.Tzid, e.End?.Tzid)));
        var may = timed.Single(e => e.Start.Local!.StartsWith("2025-05-22", StringComparison.Ordinal));
        Assert.Equal(("2025-05-22T12:00:00", "2025-05-22T16:00:00"), (may.Start.Local, may.End!.Local));
        var march = timed.Single(e => e.Start.Local!.StartsWith("2025-03-12", StringComparison.Ordinal));
        Assert.Equal(
            ("2025-03-12T10:00:00", "2025-03-12T14:00:00", "FREQ=DAILY;COUNT=2"),
            (march.Start.Local, march.End!.Local, march.Rrule)
        );
        Assert.All(feed.Events.Where(e => e.Start.Date is not null), e => Assert.NotNull(e.End?.Date));
        var february = timed.Single(e => e.Start.Local!.StartsWith("2025-02-13", StringComparison.Ordinal));
        Assert.Contains("\n• Dialogmøter - program og plan\n", february.Description, StringComparison.Ordinal);
        Assert.Contains(
            "\n   – Modell for beregning av gevinst og eventuell fordeling av gevinst (B)\n",
            february.Description,
            StringComparison.Ordinal
        );
    }
}
