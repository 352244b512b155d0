using System.Globalization;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.ServiceDefaults.Tests.Norwegian;

public sealed class OsloTimeTests
{
    [Theory]
    [InlineData("2025-02-13T15:00:00Z", "2025-02-13", "16:00")] // winter: UTC+1
    [InlineData("2025-06-12T14:00:00Z", "2025-06-12", "16:00")] // summer: UTC+2
    [InlineData("2025-12-31T23:30:00Z", "2026-01-01", "00:30")] // already next year in Oslo
    [InlineData("2025-03-30T00:59:00Z", "2025-03-30", "01:59")] // the last minute before the clocks go forward
    [InlineData("2025-03-30T01:00:00Z", "2025-03-30", "03:00")] // 02:00 does not exist that night
    [InlineData("2025-10-26T00:30:00Z", "2025-10-26", "02:30")] // 02:30 summer time …
    [InlineData("2025-10-26T01:30:00Z", "2025-10-26", "02:30")] // … and again in winter time
    public void An_instant_has_its_oslo_day_and_time(string instant, string day, string time)
    {
        var at = DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

        Assert.Equal(DateOnly.Parse(day, CultureInfo.InvariantCulture), OsloTime.Day(at));
        Assert.Equal(TimeOnly.Parse(time, CultureInfo.InvariantCulture), OsloTime.TimeOfDay(at));
    }

    [Fact]
    public void The_year_is_oslos()
    {
        Assert.Equal(2026, OsloTime.Year(new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("2025-02-13", "16:00", "2025-02-13T15:00:00Z")]
    [InlineData("2025-06-12", "16:00", "2025-06-12T14:00:00Z")]
    [InlineData("2025-03-30", "02:30", "2025-03-30T01:30:00Z")] // skipped: lands at 03:30 summer time
    [InlineData("2025-10-26", "02:30", "2025-10-26T01:30:00Z")] // shown twice: the winter-time one
    public void A_local_date_and_time_is_one_instant(string day, string time, string instant)
    {
        var at = OsloTime.At(
            DateOnly.Parse(day, CultureInfo.InvariantCulture),
            TimeOnly.Parse(time, CultureInfo.InvariantCulture)
        );

        Assert.Equal(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture), at);
    }

    [Fact]
    public void A_local_time_round_trips_on_an_ordinary_day()
    {
        var at = OsloTime.At(new DateOnly(2024, 10, 24), new TimeOnly(16, 15));

        Assert.Equal((new DateOnly(2024, 10, 24), new TimeOnly(16, 15)), (OsloTime.Day(at), OsloTime.TimeOfDay(at)));
    }
}
