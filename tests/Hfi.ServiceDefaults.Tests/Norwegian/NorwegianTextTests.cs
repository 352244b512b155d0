using System.Globalization;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.ServiceDefaults.Tests.Norwegian;

public sealed class NorwegianTextTests
{
    [Theory]
    [InlineData("2025-02-13T15:00:00Z", "torsdag 13. februar 2025", "kl. 16:00")]
    [InlineData("2025-06-12T14:00:00Z", "torsdag 12. juni 2025", "kl. 16:00")]
    [InlineData("2025-12-31T23:30:00Z", "torsdag 1. januar 2026", "kl. 00:30")]
    [InlineData("2025-03-30T01:30:00Z", "søndag 30. mars 2025", "kl. 03:30")] // the night the clocks go forward
    [InlineData("2025-10-26T01:30:00Z", "søndag 26. oktober 2025", "kl. 02:30")] // the night they go back
    public void Instants_are_written_in_oslo_time_with_a_colon(string instant, string date, string clock)
    {
        var at = DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

        Assert.Equal(date, NorwegianText.Date(at));
        Assert.Equal(clock, NorwegianText.Clock(at));
        Assert.Equal($"{date} {clock}", NorwegianText.DateAndTime(at));
    }

    [Fact]
    public void Every_weekday_and_month_has_its_bokmal_name()
    {
        var days = Enumerable
            .Range(0, 7)
            .Select(offset => NorwegianText.Date(new DateOnly(2025, 3, 2).AddDays(offset)));
        var months = Enumerable.Range(1, 12).Select(NorwegianCalendar.MonthName);

        Assert.Equal(
            [
                "søndag 2. mars 2025",
                "mandag 3. mars 2025",
                "tirsdag 4. mars 2025",
                "onsdag 5. mars 2025",
                "torsdag 6. mars 2025",
                "fredag 7. mars 2025",
                "lørdag 8. mars 2025",
            ],
            days
        );
        Assert.Equal(
            [
                "januar",
                "februar",
                "mars",
                "april",
                "mai",
                "juni",
                "juli",
                "august",
                "september",
                "oktober",
                "november",
                "desember",
            ],
            months
        );
    }

    [Fact]
    public void Short_forms_of_a_date()
    {
        Assert.Equal("4. mars 2025", NorwegianText.DateWithoutWeekday(new DateOnly(2025, 3, 4)));
        Assert.Equal("04.03.2025", NorwegianText.NumericDate(new DateOnly(2025, 3, 4)));
        Assert.Equal(
            "01.01.2026",
            NorwegianText.NumericDate(new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero))
        );
    }

    [Theory]
    [InlineData("2025-03-12", "2025-03-13", "12.–13. mars 2025")] // the plan's two-day meeting, "12.-13. mars"
    [InlineData("2025-04-30", "2025-05-02", "30. april – 2. mai 2025")]
    [InlineData("2025-12-30", "2026-01-02", "30. desember 2025 – 2. januar 2026")]
    [InlineData("2025-05-22", "2025-05-22", "torsdag 22. mai 2025")]
    public void A_span_of_days(string first, string last, string expected)
    {
        Assert.Equal(
            expected,
            NorwegianText.Days(
                DateOnly.Parse(first, CultureInfo.InvariantCulture),
                DateOnly.Parse(last, CultureInfo.InvariantCulture)
            )
        );
    }

    [Fact]
    public void Times_and_spans_of_time_use_a_colon_and_an_en_dash()
    {
        Assert.Equal("09:05", NorwegianText.Time(new TimeOnly(9, 5)));
        Assert.Equal("kl. 16:00", NorwegianText.Clock(new TimeOnly(16, 0)));
        Assert.Equal("16:00–18:00", NorwegianText.TimeRange(new TimeOnly(16, 0), new TimeOnly(18, 0)));
        // The plan's "12:00-12:00" (no usable end) is still written as it was given.
        Assert.Equal("12:00–12:00", NorwegianText.TimeRange(new TimeOnly(12, 0), new TimeOnly(12, 0)));
        Assert.Equal(
            "16:00–18:00",
            NorwegianText.TimeRange(
                new DateTimeOffset(2025, 2, 13, 15, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2025, 2, 13, 17, 0, 0, TimeSpan.Zero)
            )
        );
        Assert.Equal("17:25–17:40", NorwegianText.Range("17:25", "17:40"));
        Assert.Equal("90 min", NorwegianText.Minutes(90));
    }

    [Theory]
    [InlineData(0, "0 advarsler")]
    [InlineData(1, "1 advarsel")]
    [InlineData(2, "2 advarsler")]
    [InlineData(21, "21 advarsler")] // Norwegian has no "21 advarsel": only exactly one takes the singular
    public void A_count_agrees_with_its_noun(int count, string expected)
    {
        Assert.Equal(expected, NorwegianText.Counted(count, "advarsel", "advarsler"));
    }
}
