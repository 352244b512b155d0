using System.Globalization;

namespace Hfi.ServiceDefaults.Norwegian;

/// <summary>
/// How every text a person reads (notices and minutes, e-mails, calendar descriptions, the texts the services give
/// the web UI) writes dates, times and counts, in Oslo time:
/// <list type="bullet">
/// <item>a date: "tirsdag 4. mars 2025"; a span of days: "12.–13. mars 2025";</item>
/// <item>a clock time with a colon, never a point: "kl. 16:00", and a span with an en dash: "16:00–18:00";</item>
/// <item>a count agrees with its noun: "1 advarsel", "2 advarsler", "0 saker".</item>
/// </list>
/// The names of days and months are spelled out (<see cref="NorwegianCalendar"/>) and the formats written here, not
/// taken from the nb-NO culture: ICU versions differ between machines (older data writes "16.00", abbreviations
/// differ), and a document must read the same whichever host renders it. Only <see cref="Collation"/> uses nb-NO,
/// because the order of "æ, ø, å" is an algorithm, not a table. The web UI (wwwroot/js/dom.js) follows the same rules.
/// </summary>
public static class NorwegianText
{
    /// <summary>Between the ends of a span: "16:00–18:00", "12.–13. mars".</summary>
    public const string Dash = "–";

    /// <summary>
    /// Postgres' ICU collation for nb-NO: names sorted by it are in the order a Norwegian reader expects, with æ, ø
    /// and å after z. Names are sorted in SQL, so that no service needs ICU for it (InvariantGlobalization, README
    /// "Runtime settings").
    /// </summary>
    public const string Collation = "nb-NO-x-icu";

    /// <summary>"tirsdag 4. mars 2025".</summary>
    public static string Date(DateOnly day) =>
        $"{NorwegianCalendar.WeekdayName(day.DayOfWeek)} {DateWithoutWeekday(day)}";

    /// <summary>The Oslo date of an instant, "tirsdag 4. mars 2025".</summary>
    public static string Date(DateTimeOffset instant) => Date(OsloTime.Day(instant));

    /// <summary>"4. mars 2025".</summary>
    public static string DateWithoutWeekday(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Day}. {NorwegianCalendar.MonthName(day.Month)} {day.Year}");

    /// <summary>"04.03.2025", where a short date reads best (a case title, a refusal).</summary>
    public static string NumericDate(DateOnly day) => day.ToString("dd'.'MM'.'yyyy", CultureInfo.InvariantCulture);

    public static string NumericDate(DateTimeOffset instant) => NumericDate(OsloTime.Day(instant));

    /// <summary>
    /// A span of days as the plan writes it: "12.–13. mars 2025", "30. april – 2. mai 2025",
    /// "30. desember 2025 – 2. januar 2026"; one day is written as <see cref="Date(DateOnly)"/>.
    /// </summary>
    public static string Days(DateOnly first, DateOnly last)
    {
        if (first == last)
            return Date(first);
        var end = DateWithoutWeekday(last);
        if (first.Year != last.Year)
            return $"{DateWithoutWeekday(first)} {Dash} {end}";
        if (first.Month != last.Month)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"{first.Day}. {NorwegianCalendar.MonthName(first.Month)} {Dash} {end}"
            );
        }

        return string.Create(CultureInfo.InvariantCulture, $"{first.Day}.{Dash}{end}");
    }

    /// <summary>"16:00".</summary>
    public static string Time(TimeOnly time) => time.ToString("HH':'mm", CultureInfo.InvariantCulture);

    /// <summary>The Oslo time of an instant, "16:00".</summary>
    public static string Time(DateTimeOffset instant) => Time(OsloTime.TimeOfDay(instant));

    /// <summary>"kl. 16:00".</summary>
    public static string Clock(TimeOnly time) => $"kl. {Time(time)}";

    public static string Clock(DateTimeOffset instant) => Clock(OsloTime.TimeOfDay(instant));

    /// <summary>"16:00–18:00"; times already written ("16:00" from an event) are joined as they are.</summary>
    public static string Range(string from, string to) => $"{from}{Dash}{to}";

    public static string TimeRange(TimeOnly from, TimeOnly to) => Range(Time(from), Time(to));

    /// <summary>"16:00–18:00" in Oslo time.</summary>
    public static string TimeRange(DateTimeOffset from, DateTimeOffset to) => Range(Time(from), Time(to));

    /// <summary>"torsdag 17. oktober 2024 kl. 16:00".</summary>
    public static string DateAndTime(DateTimeOffset instant) => $"{Date(instant)} {Clock(instant)}";

    /// <summary>"90 min".</summary>
    public static string Minutes(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes} min");

    /// <summary>"1 advarsel", "2 advarsler", "0 advarsler": the singular is for exactly one.</summary>
    public static string Counted(int count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");
}
