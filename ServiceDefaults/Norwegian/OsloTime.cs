namespace Hfi.ServiceDefaults.Norwegian;

/// <summary>
/// The partnership's clock: every date and time a person reads or enters is Europe/Oslo wall-clock time, whatever
/// the host's zone. The one place the zone is looked up; services keep instants (UTC) and convert here.
/// </summary>
public static class OsloTime
{
    /// <summary>The IANA name, also the TZID of calendar feeds.</summary>
    public const string ZoneId = "Europe/Oslo";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>The instant as Oslo shows it, with Oslo's offset at that instant (+01:00 or +02:00).</summary>
    public static DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The Oslo date of an instant: 23:30 UTC on 31 December is already 1 January.</summary>
    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    public static TimeOnly TimeOfDay(DateTimeOffset instant) => TimeOnly.FromDateTime(Local(instant).DateTime);

    public static int Year(DateTimeOffset instant) => Local(instant).Year;

    /// <summary>
    /// The instant of an Oslo date and time. A time the clocks skip (02:30 on the last Sunday in March) is taken on
    /// winter offset, so it lands at 03:30 summer time; a time they show twice (02:30 on the last Sunday in October)
    /// is the second, winter-time one.
    /// </summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
