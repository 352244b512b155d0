namespace Hfi.Planning.Domain.Plans.Import;

/// <summary>
/// A line of the source: table cells, or plain text (a title, a paragraph) when it is not a table row.
/// </summary>
public sealed record SourceLine(int Row, string Text, IReadOnlyList<string>? Cells)
{
    /// <summary>Pasted from Word or Excel: tab-separated cells, one table row a line.</summary>
    public static IReadOnlyList<SourceLine> FromPastedText(string text) =>
        text.ReplaceLineEndings("\n")
            .Split('\n')
            .Select(
                (line, index) => new SourceLine(index + 1, line.Trim(), line.Contains('\t') ? line.Split('\t') : null)
            )
            .ToList();
}

/// <summary>
/// One meeting as the table has it (cells as written), with the row it starts on and its topic lines.
/// </summary>
public sealed record TableMeeting(
    int Row,
    string ArenaText,
    string RegionText,
    string WeekdayText,
    string DateText,
    string TimeText,
    string PlaceText,
    IReadOnlyList<string> Topics
);

public sealed record PlanTable(IReadOnlyList<TableMeeting> Meetings, IReadOnlyList<ImportWarning> Warnings);
