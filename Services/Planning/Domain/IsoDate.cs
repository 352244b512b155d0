using System.Globalization;

namespace Hfi.Planning.Domain;

/// <summary>Dates on the API are "yyyy-MM-dd" strings; this is the one place that reads and writes them.</summary>
public static class IsoDate
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Write(DateOnly? date) => date?.ToString(Format, CultureInfo.InvariantCulture) ?? string.Empty;
}
