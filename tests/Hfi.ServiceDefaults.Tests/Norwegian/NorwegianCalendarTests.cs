using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.ServiceDefaults.Tests.Norwegian;

public sealed class NorwegianCalendarTests
{
    [Theory]
    [InlineData("sept", 9)]
    [InlineData("sept.", 9)]
    [InlineData("September", 9)]
    [InlineData("aug", 8)]
    [InlineData("febr", 2)]
    [InlineData("des", 12)]
    [InlineData(" mai ", 5)]
    public void Months_are_read_full_or_abbreviated(string word, int month) =>
        Assert.Equal(month, NorwegianCalendar.MonthOf(word));

    [Theory]
    [InlineData("kommer")]
    [InlineData("09")]
    [InlineData("")]
    public void Other_words_name_no_month(string word) => Assert.Null(NorwegianCalendar.MonthOf(word));

    [Theory]
    [InlineData("tirs", DayOfWeek.Tuesday)]
    [InlineData("Torsdag", DayOfWeek.Thursday)]
    [InlineData("lør.", DayOfWeek.Saturday)]
    [InlineData("søndag", DayOfWeek.Sunday)]
    public void Weekdays_are_read_full_or_abbreviated(string word, DayOfWeek day) =>
        Assert.Equal(day, NorwegianCalendar.WeekdayOf(word));

    [Fact]
    public void Each_weekday_is_named() => Assert.Equal("tirsdag", NorwegianCalendar.WeekdayName(DayOfWeek.Tuesday));
}
