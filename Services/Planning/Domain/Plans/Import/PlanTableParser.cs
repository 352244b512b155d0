using Hfi.ServiceDefaults.Domain;

namespace Hfi.Planning.Domain.Plans.Import;

/// <summary>
/// Reads the annual plan table as the secretariat keeps it: a header row (Samhandlingsarenaer, Helseregioner, Dag,
/// Dato, Klokkeslett, Sted, Saker); rows whose blank leading cells continue the arena above; rows with only a topic
/// that continue the meeting above; and the title and header repeated where the table ran across pages.
/// </summary>
public static class PlanTableParser
{
    private enum Column
    {
        Arena,
        Region,
        Weekday,
        Date,
        Time,
        Place,
        Topics,
    }

    private static readonly Dictionary<string, Column> HeaderNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["samhandlingsarenaer"] = Column.Arena,
        ["samhandlingsarena"] = Column.Arena,
        ["arena"] = Column.Arena,
        ["arenaer"] = Column.Arena,
        ["helseregioner"] = Column.Region,
        ["helseregion"] = Column.Region,
        ["region"] = Column.Region,
        ["dag"] = Column.Weekday,
        ["ukedag"] = Column.Weekday,
        ["dato"] = Column.Date,
        ["klokkeslett"] = Column.Time,
        ["tid"] = Column.Time,
        ["kl"] = Column.Time,
        ["kl."] = Column.Time,
        ["sted"] = Column.Place,
        ["møtested"] = Column.Place,
        ["saker"] = Column.Topics,
        ["sak"] = Column.Topics,
        ["tema"] = Column.Topics,
        ["temaer"] = Column.Topics,
    };

    public static PlanTable Parse(IReadOnlyList<SourceLine> lines)
    {
        var warnings = new List<ImportWarning>();
        var meetings = new List<MeetingBuilder>();
        var textBeforeTable = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Dictionary<Column, int>? columns = null;
        string? arena = null;

        foreach (var line in lines)
        {
            var filled = line.Cells?.Where(c => !string.IsNullOrWhiteSpace(c)).ToList() ?? [];
            // A row with a single filled cell is text (a title) before the table, or when it repeats such a title.
            var isText =
                line.Cells is null
                || filled.Count == 0
                || (filled.Count == 1 && (columns is null || textBeforeTable.Contains(Clean(filled[0]))));
            if (isText)
            {
                var text =
                    line.Cells is null ? line.Text.Trim()
                    : filled.Count == 1 ? Clean(filled[0])
                    : string.Empty;
                if (text.Length == 0)
                    continue;
                if (columns is null)
                {
                    textBeforeTable.Add(text);
                }
                else if (!textBeforeTable.Contains(text))
                {
                    warnings.Add(
                        new(
                            line.Row,
                            WarningCodes.IgnoredLine,
                            $"Linjen er ikke en tabellrad og er ikke tatt med: «{Shorten(text)}»."
                        )
                    );
                }

                continue;
            }

            var cells = line.Cells!;
            if (HeaderOf(cells) is { } header)
            {
                columns = header;
                continue;
            }
            if (columns is null)
            {
                warnings.Add(
                    new(
                        line.Row,
                        WarningCodes.IgnoredLine,
                        $"Raden står før overskriftsraden og er ikke tatt med: «{Shorten(string.Join(" | ", cells))}»."
                    )
                );
                continue;
            }

            string RawCell(Column column) =>
                columns.TryGetValue(column, out var index) && index < cells.Count ? cells[index] : string.Empty;
            string Cell(Column column) => Clean(RawCell(column));

            var arenaCell = Cell(Column.Arena);
            var topics = RawCell(Column.Topics).Split('\n').Select(Clean).Where(t => t.Length > 0).ToList();
            var topic = string.Join(' ', topics);
            var meetingCells = new[]
            {
                Cell(Column.Region),
                Cell(Column.Weekday),
                Cell(Column.Date),
                Cell(Column.Time),
                Cell(Column.Place),
            };
            if (arenaCell.Length > 0)
                arena = arenaCell;

            if (arenaCell.Length > 0 || meetingCells.Any(c => c.Length > 0))
            {
                if (arena is null)
                {
                    warnings.Add(
                        new(
                            line.Row,
                            WarningCodes.MissingArena,
                            "Raden har ingen samhandlingsarena, og ingen rad over den har det heller."
                        )
                    );
                }

                meetings.Add(new MeetingBuilder(line.Row, arena ?? string.Empty, meetingCells));
                meetings[^1].Topics.AddRange(topics);
            }
            else if (topic.Length > 0)
            {
                if (meetings.Count == 0)
                {
                    warnings.Add(
                        new(
                            line.Row,
                            WarningCodes.TopicWithoutMeeting,
                            $"Saken «{Shorten(topic)}» står ikke under noe møte og er ikke tatt med."
                        )
                    );
                }
                else
                {
                    meetings[^1].Topics.AddRange(topics);
                }
            }
        }

        if (columns is null)
        {
            throw new ValidationFailedException(
                "table",
                Reasons.PlanHeaderMissing,
                "Fant ingen overskriftsrad. Tabellen må ha kolonnene Samhandlingsarenaer, Helseregioner, Dag, Dato, Klokkeslett, Sted og Saker, skilt med tabulator."
            );
        }

        return new PlanTable(meetings.Select(m => m.Build()).ToList(), warnings);
    }

    /// <summary>
    /// A row is the header when at least three cells name known columns, and the arena and date are among them.
    /// </summary>
    private static Dictionary<Column, int>? HeaderOf(IReadOnlyList<string> cells)
    {
        var columns = new Dictionary<Column, int>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (HeaderNames.TryGetValue(Clean(cells[i]), out var column))
                columns.TryAdd(column, i);
        }
        return columns.Count >= 3 && columns.ContainsKey(Column.Arena) && columns.ContainsKey(Column.Date)
            ? columns
            : null;
    }

    private static string Clean(string cell) =>
        string.Join(' ', cell.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('"');

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "…");

    private sealed class MeetingBuilder(int row, string arena, string[] cells)
    {
        public List<string> Topics { get; } = [];

        public TableMeeting Build() => new(row, arena, cells[0], cells[1], cells[2], cells[3], cells[4], Topics);
    }
}
