namespace Hfi.Notifications.Domain;

/// <summary>Dates and times as Norwegian readers write them, in Oslo time ("torsdag 17. oktober 2024 kl. 16:00").</summary>
public static class NorwegianText
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    private static readonly string[] Weekdays = ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"];

    private static readonly string[] Months =
        ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

    public static DateTimeOffset InOslo(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Oslo);

    public static string Date(DateTimeOffset instant) => Date(DateOnly.FromDateTime(InOslo(instant).DateTime));

    public static string Date(DateOnly day) => $"{Weekdays[(int)day.DayOfWeek]} {day.Day}. {Months[day.Month - 1]} {day.Year}";

    public static string Clock(DateTimeOffset instant) =>
        InOslo(instant).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string DateAndTime(DateTimeOffset instant) => $"{Date(instant)} kl. {Clock(instant)}";
}
