using System.Globalization;

namespace Hfi.Documents.Domain.Generation;

/// <summary>Dates and times as Norwegian documents write them: "torsdag 13. februar 2025", "kl. 16.00".</summary>
public static class NorwegianFormat
{
    // Spelled out rather than taken from the nb-NO culture, so the text does not depend on the host's ICU data.
    private static readonly string[] Weekdays = ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"];
    private static readonly string[] Months =
        ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static DateTime InOslo(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Oslo).DateTime;

    public static string Date(DateTime date) =>
        $"{Weekdays[(int)date.DayOfWeek]} {date.Day}. {Months[date.Month - 1]} {date.Year}";

    /// <summary>"16.00" (Norwegian writes a point between hours and minutes).</summary>
    public static string Time(DateTime time) => time.ToString("HH'.'mm", CultureInfo.InvariantCulture);

    /// <summary>"kl. 16.00".</summary>
    public static string Clock(DateTime time) => $"kl. {Time(time)}";

    /// <summary>An "HH:mm" time from an event as "16.00"; anything else is shown as it came.</summary>
    public static string Time(string hhmm) =>
        DateTime.TryParseExact(hhmm, "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? Time(parsed) : hhmm;

    public static string Minutes(int minutes) => $"{minutes} min";
}
