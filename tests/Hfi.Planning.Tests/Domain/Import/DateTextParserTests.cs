using Hfi.Planning.Domain.Plans;
using Hfi.Planning.Domain.Plans.Import;

namespace Hfi.Planning.Tests.Domain.Import;

public sealed class DateTextParserTests
{
    [Theory]
    [InlineData("13.feb.25", "2025-02-13")]
    [InlineData("22.mai.25", "2025-05-22")]
    [InlineData("18.sep.25", "2025-09-18")]
    [InlineData("13. februar 2025", "2025-02-13")]
    [InlineData("13.02.2025", "2025-02-13")]
    [InlineData("3.2.25", "2025-02-03")]
    [InlineData("13 sept. 2026", "2026-09-13")]
    [InlineData("13.nov", "2025-11-13")]
    [InlineData(" 5.  DES.  25 ", "2025-12-05")]
    public void Reads_exact_dates_with_two_or_four_digit_years(string text, string expected)
    {
        var (date, problem) = DateTextParser.Parse(text, 2025);

        Assert.Null(problem);
        Assert.Equal(DateKind.Exact, date.Kind);
        Assert.Equal(DateOnly.Parse(expected), date.First);
        Assert.Equal(date.First, date.Last);
    }

    [Theory]
    [InlineData("12.-13. mars 2025", "2025-03-12", "2025-03-13")]
    [InlineData("12.–13.mars.25", "2025-03-12", "2025-03-13")]
    [InlineData("12-14 juni", "2025-06-12", "2025-06-14")]
    [InlineData("30. sept - 1. okt 2025", "2025-09-30", "2025-10-01")]
    [InlineData("30. des - 2. jan 2026", "2025-12-30", "2026-01-02")]
    public void Reads_multi_day_ranges(string text, string first, string last)
    {
        var (date, problem) = DateTextParser.Parse(text, 2025);

        Assert.Null(problem);
        Assert.Equal(DateKind.Range, date.Kind);
        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), (date.First!.Value, date.Last!.Value));
    }

    [Theory]
    [InlineData("aug/sept", "2025-08-01", "2025-09-30")]
    [InlineData("sept/okt", "2025-09-01", "2025-10-31")]
    [InlineData("Aug - Sep", "2025-08-01", "2025-09-30")]
    [InlineData("oktober", "2025-10-01", "2025-10-31")]
    [InlineData("feb 2026", "2026-02-01", "2026-02-28")]
    [InlineData("des/jan", "2025-12-01", "2026-01-31")]
    [InlineData("uke 35", "2025-08-25", "2025-08-31")]
    [InlineData("Uke 1", "2024-12-30", "2025-01-05")]
    [InlineData("uke 35-36", "2025-08-25", "2025-09-07")]
    [InlineData("uke 35/uke 36", "2025-08-25", "2025-09-07")]
    [InlineData("uke 53 2026", "2026-12-28", "2027-01-03")]
    public void Reads_windows_of_months_and_iso_weeks(string text, string first, string last)
    {
        var (date, problem) = DateTextParser.Parse(text, 2025);

        Assert.Null(problem);
        Assert.Equal(DateKind.Window, date.Kind);
        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), (date.First!.Value, date.Last!.Value));
        Assert.False(date.IsFixed);
    }

    [Theory]
    [InlineData("KS høstkonferanse oktober", "KS høstkonferanse", "2025-10-01", "2025-10-31")]
    [InlineData("Etter Arendalsuka aug/sept", "Etter Arendalsuka", "2025-08-01", "2025-09-30")]
    [InlineData("uke 42 Fagdag", "Fagdag", "2025-10-13", "2025-10-19")]
    public void Reads_dates_anchored_to_an_outside_event(string text, string anchor, string first, string last)
    {
        var (date, problem) = DateTextParser.Parse(text, 2025);

        Assert.Null(problem);
        Assert.Equal(DateKind.Anchored, date.Kind);
        Assert.Equal(anchor, date.Anchor);
        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), (date.First!.Value, date.Last!.Value));
    }

    [Theory]
    [InlineData("31.feb.25")]
    [InlineData("13.fbe.25")]
    [InlineData("13.13.2025")]
    [InlineData("13.-12. mars 2025")]
    [InlineData("uke 54")]
    [InlineData("uke 0")]
    [InlineData("snart")]
    [InlineData("KS høstkonferanse")]
    [InlineData("")]
    public void Keeps_what_it_cannot_read_as_unknown_with_a_reason(string text)
    {
        var (date, problem) = DateTextParser.Parse(text, 2025);

        Assert.Equal(DateKind.Unknown, date.Kind);
        Assert.Equal(text, date.Text);
        Assert.Null(date.First);
        Assert.NotNull(problem);
    }
}
