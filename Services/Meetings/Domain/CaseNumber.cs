namespace Hfi.Meetings.Domain;

/// <summary>
/// Allocates case numbers ("01.24", "02.24", …) for one arena and year in creation order; a number is never reused.
/// </summary>
public sealed class CaseNumberSequence
{
    public required string ArenaId { get; init; }
    public required int Year { get; init; }
    public int LastNumber { get; private set; }

    public static CaseNumberSequence Start(string arenaId, int year) => new() { ArenaId = arenaId, Year = year };

    public string Next()
    {
        LastNumber++;
        return Format(LastNumber, Year);
    }

    public static string Format(int number, int year) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{number:00}.{year % 100:00}");
}
