using Hfi.Documents.Domain.Generation;

namespace Hfi.Documents.Tests.Domain;

public sealed class NorwegianFormatTests
{
    [Theory]
    [InlineData("2025-02-13T15:00:00Z", "torsdag 13. februar 2025", "kl. 16.00")]
    [InlineData("2025-06-12T14:00:00Z", "torsdag 12. juni 2025", "kl. 16.00")] // summer time: UTC+2
    [InlineData("2025-12-31T23:30:00Z", "torsdag 1. januar 2026", "kl. 00.30")]
    [InlineData("2025-03-30T01:30:00Z", "søndag 30. mars 2025", "kl. 03.30")] // the night the clocks go forward
    public void Instants_are_written_in_oslo_time_the_norwegian_way(string instant, string date, string clock)
    {
        var local = NorwegianFormat.InOslo(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(date, NorwegianFormat.Date(local));
        Assert.Equal(clock, NorwegianFormat.Clock(local));
    }

    [Theory]
    [InlineData("17:40", "17.40")]
    [InlineData("9:05", "09.05")]
    [InlineData("ca. halv seks", "ca. halv seks")]
    public void Event_times_use_a_point(string hhmm, string expected) => Assert.Equal(expected, NorwegianFormat.Time(hhmm));
}
