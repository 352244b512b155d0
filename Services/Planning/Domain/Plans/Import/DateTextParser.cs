using System.Globalization;
using System.Text.RegularExpressions;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Planning.Domain.Plans.Import;

/// <summary>
/// Reads the plan's date column: exact dates ("13.feb.25", "13.02.2025"), ranges ("12.-13. mars 2025",
/// "30. sept - 1. okt 2025"), windows ("aug/sept", "oktober", "uke 35", "uke 35-36") and dates anchored to an outside
/// event ("KS høstkonferanse oktober"). A date without a year is in the plan's year.
/// </summary>
public static partial class DateTextParser
{
    private const string Month = @"[a-zæøå]+\.?|\d{1,2}";
    private const string Year = @"\d{4}|\d{2}";

    [GeneratedRegex($@"^(?<d>\d{{1,2}})[.\s]+(?<m>{Month})(?:[.\s]+(?<y>{Year}))?\.?$")]
    private static partial Regex ExactPattern();

    [GeneratedRegex($@"^(?<d1>\d{{1,2}})\.?\s*-\s*(?<d2>\d{{1,2}})[.\s]+(?<m>{Month})(?:[.\s]+(?<y>{Year}))?\.?$")]
    private static partial Regex RangeInMonthPattern();

    [GeneratedRegex(
        $@"^(?<d1>\d{{1,2}})[.\s]+(?<m1>{Month})\s*-\s*(?<d2>\d{{1,2}})[.\s]+(?<m2>{Month})(?:[.\s]+(?<y>{Year}))?\.?$"
    )]
    private static partial Regex RangeAcrossMonthsPattern();

    [GeneratedRegex(@"^(?<m1>[a-zæøå]+\.?)(?:\s*[/-]\s*(?<m2>[a-zæøå]+\.?))?(?:\s+(?<y>\d{4}))?$")]
    private static partial Regex MonthWindowPattern();

    [GeneratedRegex(@"^uke\s*(?<w1>\d{1,2})(?:\s*[/-]\s*(?:uke\s*)?(?<w2>\d{1,2}))?(?:\s+(?<y>\d{4}))?$")]
    private static partial Regex WeekWindowPattern();

    /// <summary>
    /// The date, and why it could not be read when it could not (then the date is <see cref="DateKind.Unknown"/>).
    /// </summary>
    public static (MeetingDate Date, string? Problem) Parse(string? text, int planYear)
    {
        var original = Clean(text ?? string.Empty);
        if (original.Length == 0)
            return (MeetingDate.Unknown(original), "Datoen mangler.");

        var normalized = Normalize(original);
        var date =
            TryFixed(normalized, original, planYear)
            ?? TryWindow(normalized, original, planYear)
            ?? TryAnchored(original, planYear);
        return date is null ? (MeetingDate.Unknown(original), $"Forstår ikke datoen «{original}».") : (date, null);
    }

    private static MeetingDate? TryFixed(string text, string original, int planYear)
    {
        if (ExactPattern().Match(text) is { Success: true } exact)
        {
            var day = Day(exact.Groups["d"].Value, exact.Groups["m"].Value, exact.Groups["y"], planYear);
            return day is null ? null : new MeetingDate(DateKind.Exact, original, day, day);
        }
        if (RangeInMonthPattern().Match(text) is { Success: true } inMonth)
        {
            var first = Day(inMonth.Groups["d1"].Value, inMonth.Groups["m"].Value, inMonth.Groups["y"], planYear);
            var last = Day(inMonth.Groups["d2"].Value, inMonth.Groups["m"].Value, inMonth.Groups["y"], planYear);
            return Range(original, first, last);
        }
        if (RangeAcrossMonthsPattern().Match(text) is { Success: true } across)
        {
            var first = Day(across.Groups["d1"].Value, across.Groups["m1"].Value, across.Groups["y"], planYear);
            var last = Day(across.Groups["d2"].Value, across.Groups["m2"].Value, across.Groups["y"], planYear);
            // "30. des - 2. jan 2026": the year belongs to the end; the start is the December before.
            if (first is { } f && last is { } l && f > l)
                first = f.AddYears(-1);
            return Range(original, first, last);
        }
        return null;
    }

    private static MeetingDate? Range(string original, DateOnly? first, DateOnly? last) =>
        first is { } f && last is { } l && f < l ? new MeetingDate(DateKind.Range, original, f, l) : null;

    private static MeetingDate? TryWindow(string text, string original, int planYear)
    {
        if (
            MonthWindowPattern().Match(text) is { Success: true } months
            && NorwegianCalendar.MonthOf(months.Groups["m1"].Value) is not null
            && (!months.Groups["m2"].Success || NorwegianCalendar.MonthOf(months.Groups["m2"].Value) is not null)
        )
        {
            var year = months.Groups["y"].Success ? YearNumber(months.Groups["y"].Value) : planYear;
            var firstMonth = NorwegianCalendar.MonthOf(months.Groups["m1"].Value)!.Value;
            var lastMonth = months.Groups["m2"].Success
                ? NorwegianCalendar.MonthOf(months.Groups["m2"].Value)!.Value
                : firstMonth;
            var first = new DateOnly(year, firstMonth, 1);
            var lastYear = lastMonth < firstMonth ? year + 1 : year;
            var last = new DateOnly(lastYear, lastMonth, DateTime.DaysInMonth(lastYear, lastMonth));
            return new MeetingDate(DateKind.Window, original, first, last);
        }
        if (WeekWindowPattern().Match(text) is { Success: true } weeks)
        {
            var year = weeks.Groups["y"].Success ? YearNumber(weeks.Groups["y"].Value) : planYear;
            var firstWeek = int.Parse(weeks.Groups["w1"].Value, CultureInfo.InvariantCulture);
            var lastWeek = weeks.Groups["w2"].Success
                ? int.Parse(weeks.Groups["w2"].Value, CultureInfo.InvariantCulture)
                : firstWeek;
            if (firstWeek < 1 || lastWeek < firstWeek || lastWeek > ISOWeek.GetWeeksInYear(year))
                return null;
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, firstWeek, DayOfWeek.Monday));
            var sunday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, lastWeek, DayOfWeek.Sunday));
            return new MeetingDate(DateKind.Window, original, monday, sunday);
        }
        return null;
    }

    /// <summary>"KS høstkonferanse oktober": words naming an event, then (or first) the window it falls in.</summary>
    private static MeetingDate? TryAnchored(string original, int planYear)
    {
        var words = original.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var split = 1; split < words.Length; split++)
        {
            var head = string.Join(' ', words[..split]);
            var tail = string.Join(' ', words[split..]);
            var window = TryWindow(Normalize(tail), tail, planYear);
            if (window is not null && HasLetters(head))
                return new MeetingDate(DateKind.Anchored, original, window.First, window.Last, head);
        }
        for (var split = words.Length - 1; split >= 1; split--)
        {
            var head = string.Join(' ', words[..split]);
            var tail = string.Join(' ', words[split..]);
            var window = TryWindow(Normalize(head), head, planYear);
            if (window is not null && HasLetters(tail))
                return new MeetingDate(DateKind.Anchored, original, window.First, window.Last, tail);
        }
        return null;
    }

    private static DateOnly? Day(string day, string month, Group year, int planYear)
    {
        var monthNumber = MonthNumber(month);
        var yearNumber = year.Success ? YearNumber(year.Value) : planYear;
        var dayNumber = int.Parse(day, CultureInfo.InvariantCulture);
        if (monthNumber is not { } m || dayNumber < 1 || dayNumber > DateTime.DaysInMonth(yearNumber, m))
            return null;
        return new DateOnly(yearNumber, m, dayNumber);
    }

    /// <summary>A month by its name or abbreviation ("sept", "sept.", "oktober") or its number ("02").</summary>
    private static int? MonthNumber(string text) =>
        NorwegianCalendar.MonthOf(text)
        ?? (
            int.TryParse(text.Trim().TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number is >= 1 and <= 12
                ? number
                : null
        );

    /// <summary>Two-digit years are this century's: "25" is 2025.</summary>
    private static int YearNumber(string digits)
    {
        var number = int.Parse(digits, CultureInfo.InvariantCulture);
        return digits.Length == 2 ? 2000 + number : number;
    }

    private static bool HasLetters(string text) => text.Any(char.IsLetter);

    private static string Clean(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Normalize(string text) => text.ToLowerInvariant().Replace('–', '-').Replace('—', '-');
}
