using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Planning.Domain.Plans.Import;

/// <summary>The meetings read from a table, ready to add to a plan, and every warning about what was read.</summary>
public sealed record PlanImportResult(IReadOnlyList<PlannedMeeting> Meetings, IReadOnlyList<ImportWarning> Warnings);

/// <summary>
/// Turns the table's meetings into planned meetings of a year: finds each arena and region, reads dates, times,
/// places and topics, and warns (with the row) about everything it could not take at face value, keeping the row with
/// what it could read.
/// </summary>
public static class PlanImport
{
    public static PlanImportResult Read(
        PlanTable table,
        int year,
        IReadOnlyCollection<Arena> arenas,
        IReadOnlyCollection<HealthRegion> regions
    )
    {
        var warnings = new List<ImportWarning>(table.Warnings);
        var meetings = new List<PlannedMeeting>();
        var keys = new Dictionary<string, int>();

        foreach (var row in table.Meetings)
        {
            var region = ResolveRegion(row, regions, warnings);
            var arena = ResolveArena(row, region, arenas, warnings);
            var (date, dateProblem) = DateTextParser.Parse(row.DateText, year);
            if (dateProblem is not null)
                warnings.Add(new(row.Row, WarningCodes.UnreadableDate, $"{dateProblem} Møtet er tatt med uten dato."));
            CheckYear(row, date, year, warnings);
            var weekday = CheckWeekday(row, date, warnings);
            var time = TimeTextParser.Parse(row.TimeText);
            if (time.Code is not null)
                warnings.Add(new(row.Row, time.Code, time.Problem!));
            var (placeKind, place) = Places.Read(row.PlaceText);

            var key = ImportKey(row, arena, region, date);
            var occurrence = keys[key] = keys.GetValueOrDefault(key) + 1;
            meetings.Add(
                new PlannedMeeting
                {
                    Id = Guid.CreateVersion7(),
                    Year = year,
                    ArenaId = arena?.Id,
                    ArenaText = arena?.Name ?? row.ArenaText,
                    RegionId = region?.Id ?? arena?.RegionId,
                    RegionText = region?.Name ?? NullIfEmpty(row.RegionText),
                    Weekday = weekday,
                    Date = date,
                    Time = time.Time,
                    Place = place,
                    PlaceKind = placeKind,
                    Status = date.IsFixed ? PlannedMeetingStatus.Scheduled : PlannedMeetingStatus.Tentative,
                    Topics = row.Topics.Select(TopicParser.Parse).ToList(),
                    ImportKey = occurrence == 1 ? key : $"{key}#{occurrence}",
                    SourceRow = row.Row,
                }
            );
        }
        return new PlanImportResult(meetings, warnings);
    }

    private static HealthRegion? ResolveRegion(
        TableMeeting row,
        IReadOnlyCollection<HealthRegion> regions,
        List<ImportWarning> warnings
    )
    {
        if (row.RegionText.Length == 0)
            return null;
        var slug = Slug.From(row.RegionText);
        var region = regions.FirstOrDefault(r => r.Id == slug || Slug.From(r.Name) == slug);
        if (region is null)
        {
            warnings.Add(
                new(
                    row.Row,
                    WarningCodes.UnknownRegion,
                    $"Ukjent helseregion «{row.RegionText}». Kjente regioner: {string.Join(", ", regions.Select(r => r.Name))}. Møtet er tatt med uten region."
                )
            );
        }

        return region;
    }

    private static Arena? ResolveArena(
        TableMeeting row,
        HealthRegion? region,
        IReadOnlyCollection<Arena> arenas,
        List<ImportWarning> warnings
    )
    {
        if (row.ArenaText.Length == 0)
            return null;
        var arena = Organisation.FindArena(row.ArenaText, region?.Id, arenas);
        if (arena is not null)
            return arena;

        var isDialogue = Organisation.IsDialogueMeetingName(row.ArenaText);
        warnings.Add(
            new(
                row.Row,
                WarningCodes.UnknownArena,
                isDialogue
                    ? $"Dialogmøtet har ingen kjent helseregion («{row.RegionText}»), så arenaen er ukjent. Møtet er tatt med; velg arena for det."
                    : $"Ukjent samhandlingsarena «{row.ArenaText}». Møtet er tatt med; opprett arenaen eller velg en annen for det."
            )
        );
        return null;
    }

    private static void CheckYear(TableMeeting row, MeetingDate date, int year, List<ImportWarning> warnings)
    {
        if (date.First is { } first && date.Kind is DateKind.Exact or DateKind.Range && first.Year != year)
        {
            warnings.Add(
                new(row.Row, WarningCodes.YearMismatch, $"«{date.Text}» er i {first.Year}, men planen gjelder {year}.")
            );
        }
    }

    private static string? CheckWeekday(TableMeeting row, MeetingDate date, List<ImportWarning> warnings)
    {
        if (row.WeekdayText.Length == 0)
            return null;
        var weekday = NorwegianCalendar.WeekdayOf(row.WeekdayText);
        if (weekday is null)
        {
            warnings.Add(new(row.Row, WarningCodes.UnknownWeekday, $"Forstår ikke ukedagen «{row.WeekdayText}»."));
        }
        else if (date.IsFixed && date.First!.Value.DayOfWeek != weekday)
        {
            var actual = NorwegianCalendar.WeekdayName(date.First.Value.DayOfWeek);
            warnings.Add(
                new(
                    row.Row,
                    WarningCodes.WeekdayMismatch,
                    $"Ukedagen «{row.WeekdayText}» stemmer ikke med datoen: {NorwegianText.DateWithoutWeekday(date.First.Value)} er en {actual}."
                )
            );
        }
        return row.WeekdayText;
    }

    /// <summary>What identifies the row in the secretariat's table, so that importing it again is recognised.</summary>
    private static string ImportKey(TableMeeting row, Arena? arena, HealthRegion? region, MeetingDate date) =>
        string.Join(
            '|',
            arena?.Id ?? Slug.From(row.ArenaText),
            region?.Id ?? Slug.From(row.RegionText),
            Slug.From(date.Text)
        );

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
