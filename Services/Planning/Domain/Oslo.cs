namespace Hfi.Planning.Domain;

/// <summary>The partnership's local time: plan dates and times are Norwegian wall-clock times.</summary>
public static class Oslo
{
    public static readonly TimeZoneInfo TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZone).DateTime);
}
