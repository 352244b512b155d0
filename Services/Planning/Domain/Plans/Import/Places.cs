namespace Hfi.Planning.Domain.Plans.Import;

/// <summary>The plan's place column: a place, "kommer" (to be decided), or a digital meeting ("Teams").</summary>
public static class Places
{
    private static readonly string[] ToBeDecided = ["kommer", "kommer senere", "avklares", "tba", "?", "-"];
    private static readonly string[] Digital =
    [
        "teams",
        "digitalt",
        "digital",
        "zoom",
        "videomøte",
        "teams-møte",
        "teamsmøte",
    ];

    public static (PlaceKind Kind, string? Place) Read(string? text)
    {
        var place = text?.Trim() ?? string.Empty;
        if (place.Length == 0 || ToBeDecided.Contains(place, StringComparer.OrdinalIgnoreCase))
            return (PlaceKind.ToBeDecided, null);
        return Digital.Contains(place, StringComparer.OrdinalIgnoreCase)
            ? (PlaceKind.Digital, place)
            : (PlaceKind.Physical, place);
    }
}
