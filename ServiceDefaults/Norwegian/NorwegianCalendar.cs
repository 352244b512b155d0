namespace Hfi.ServiceDefaults.Norwegian;

/// <summary>
/// The names of the days and months in bokmål, to write them and to read them back as the secretariat writes them,
/// full or abbreviated ("sept", "sept.", "tirs"). Spelled out here rather than taken from the nb-NO culture: see
/// <see cref="NorwegianText"/>.
/// </summary>
public static class NorwegianCalendar
{
    // In the order of DayOfWeek: Sunday first.
    private static readonly string[] Weekdays =
    [
        "søndag",
        "mandag",
        "tirsdag",
        "onsdag",
        "torsdag",
        "fredag",
        "lørdag",
    ];

    private static readonly string[] Months =
    [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ];

    private static readonly Dictionary<string, int> MonthWords = Words(
        Months.Select((name, index) => (name, index + 1)),
        [
            ("jan", 1),
            ("feb", 2),
            ("febr", 2),
            ("mar", 3),
            ("apr", 4),
            ("jun", 6),
            ("jul", 7),
            ("aug", 8),
            ("sep", 9),
            ("sept", 9),
            ("okt", 10),
            ("nov", 11),
            ("des", 12),
        ]
    );

    private static readonly Dictionary<string, DayOfWeek> WeekdayWords = Words(
        Weekdays.Select((name, index) => (name, (DayOfWeek)index)),
        [
            ("man", DayOfWeek.Monday),
            ("tir", DayOfWeek.Tuesday),
            ("tirs", DayOfWeek.Tuesday),
            ("ons", DayOfWeek.Wednesday),
            ("tor", DayOfWeek.Thursday),
            ("tors", DayOfWeek.Thursday),
            ("fre", DayOfWeek.Friday),
            ("lør", DayOfWeek.Saturday),
            ("søn", DayOfWeek.Sunday),
        ]
    );

    /// <summary>"tirsdag".</summary>
    public static string WeekdayName(DayOfWeek day) => Weekdays[(int)day];

    /// <summary>"mars" for 3.</summary>
    public static string MonthName(int month) => Months[month - 1];

    /// <summary>The month a word names ("sept", "sept.", "September"), or null when it names none.</summary>
    public static int? MonthOf(string word) => MonthWords.TryGetValue(Word(word), out var month) ? month : null;

    /// <summary>The day a word names ("tirs", "Torsdag"), or null when it names none.</summary>
    public static DayOfWeek? WeekdayOf(string word) => WeekdayWords.TryGetValue(Word(word), out var day) ? day : null;

    private static string Word(string text) => text.Trim().TrimEnd('.');

    private static Dictionary<string, T> Words<T>(
        IEnumerable<(string Word, T Value)> names,
        (string Word, T Value)[] abbreviations
    ) =>
        names
            .Concat(abbreviations)
            .ToDictionary(entry => entry.Word, entry => entry.Value, StringComparer.OrdinalIgnoreCase);
}
