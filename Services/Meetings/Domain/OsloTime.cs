using System.Globalization;

namespace Hfi.Meetings.Domain;

/// <summary>Meetings are held in Norway: local times and years are those of Europe/Oslo.</summary>
public static class OsloTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static string Clock(DateTimeOffset instant) => Local(instant).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset instant) => Local(instant).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static int Year(DateTimeOffset instant) => Local(instant).Year;

    /// <summary>The instant of a local Oslo date and time.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
