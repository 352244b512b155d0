using System.Globalization;

namespace Hfi.Planning.Domain.Plans.Import;

/// <summary>Norwegian month and weekday names as the secretariat writes them, full or abbreviated.</summary>
public static class NorwegianCalendar
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nb-NO");

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["januar"] = 1,
        ["feb"] = 2, ["febr"] = 2, ["februar"] = 2,
        ["mar"] = 3, ["mars"] = 3,
        ["apr"] = 4, ["april"] = 4,
        ["mai"] = 5,
        ["jun"] = 6, ["juni"] = 6,
        ["jul"] = 7, ["juli"] = 7,
        ["aug"] = 8, ["august"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["september"] = 9,
        ["okt"] = 10, ["oktober"] = 10,
        ["nov"] = 11, ["november"] = 11,
        ["des"] = 12, ["desember"] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mandag"] = DayOfWeek.Monday, ["man"] = DayOfWeek.Monday,
        ["tirsdag"] = DayOfWeek.Tuesday, ["tir"] = DayOfWeek.Tuesday, ["tirs"] = DayOfWeek.Tuesday,
        ["onsdag"] = DayOfWeek.Wednesday, ["ons"] = DayOfWeek.Wednesday,
        ["torsdag"] = DayOfWeek.Thursday, ["tor"] = DayOfWeek.Thursday, ["tors"] = DayOfWeek.Thursday,
        ["fredag"] = DayOfWeek.Friday, ["fre"] = DayOfWeek.Friday,
        ["lørdag"] = DayOfWeek.Saturday, ["lør"] = DayOfWeek.Saturday,
        ["søndag"] = DayOfWeek.Sunday, ["søn"] = DayOfWeek.Sunday,
    };

    /// <summary>A month by its name or abbreviation ("sept", "sept.", "oktober") or its number ("02").</summary>
    public static int? Month(string text)
    {
        var word = text.Trim().TrimEnd('.');
        if (Months.TryGetValue(word, out var month)) return month;
        return int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 12
            ? number
            : null;
    }

    public static bool IsMonthName(string text) => Months.ContainsKey(text.Trim().TrimEnd('.'));

    public static DayOfWeek? Weekday(string text) =>
        Weekdays.TryGetValue(text.Trim().TrimEnd('.'), out var day) ? day : null;

    public static string WeekdayName(DayOfWeek day) => Culture.DateTimeFormat.GetDayName(day);

    /// <summary>"13. februar 2025": how dates are written back to the secretariat.</summary>
    public static string Write(DateOnly date) => date.ToString("d. MMMM yyyy", Culture);

    /// <summary>Two-digit years are this century's: "25" is 2025.</summary>
    public static int Year(string digits)
    {
        var number = int.Parse(digits, CultureInfo.InvariantCulture);
        return digits.Length == 2 ? 2000 + number : number;
    }
}
