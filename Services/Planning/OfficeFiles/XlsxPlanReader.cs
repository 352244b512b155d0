using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Hfi.Planning.Domain.Plans.Import;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Planning.OfficeFiles;

/// <summary>
/// Reads the plan from the first worksheet of the secretariat's workbook. Rows keep their Excel row numbers; cells
/// keep their columns even where cells in between are missing. A cell holding a real Excel date (a number with a date
/// format) becomes "dd.MM.yyyy", a time "HH:mm", so the plan's date and time rules apply as for typed text.
/// </summary>
public static class XlsxPlanReader
{
    private static readonly HashSet<uint> BuiltInDateFormats = [14, 15, 16, 17, 22];
    private static readonly HashSet<uint> BuiltInTimeFormats = [18, 19, 20, 21, 45, 46, 47];

    // Excel's own range of dates: 1 January 1900 to 31 December 9999.
    private const double MinSerial = 0;
    private const double MaxSerial = 2958465.99999;

    public static IReadOnlyList<SourceLine> Read(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no sheets.");
        var firstSheet =
            workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault()
            ?? throw new InvalidDataException("The workbook has no sheets.");
        var worksheet =
            firstSheet.Id?.Value is { Length: > 0 } partId
            && workbook.TryGetPartById(partId, out var part)
            && part is WorksheetPart sheetPart
                ? sheetPart.Worksheet
                : throw new InvalidDataException("The first sheet names no worksheet (r:id).");
        var strings =
            workbook
                .SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
                .Select(s => s.InnerText)
                .ToList()
            ?? [];
        var formats = CellFormats(workbook);

        var lines = new List<SourceLine>();
        foreach (var row in worksheet?.Descendants<Row>() ?? [])
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                while (cells.Count < column)
                    cells.Add(string.Empty);
                cells.Add(Text(cell, strings, formats));
            }
            var number = (int)(row.RowIndex?.Value ?? (uint)(lines.Count + 1));
            lines.Add(new SourceLine(number, string.Join(' ', cells), cells));
        }
        return lines;
    }

    private static string Text(Cell cell, List<string> strings, IReadOnlyList<CellKind> formats)
    {
        var value = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(value, CultureInfo.InvariantCulture, out var index) && index < strings.Count
                ? strings[index]
                : string.Empty;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
            return cell.InlineString?.InnerText ?? string.Empty;
        if (cell.DataType is not null && cell.DataType.Value != CellValues.Number)
            return value;

        var kind = cell.StyleIndex?.Value is { } style && style < formats.Count ? formats[(int)style] : CellKind.Number;
        if (kind == CellKind.Number)
            return value;
        // A date or time cell whose number is no date (NaN, 1e10, -1e10) is a broken cell: refused naming it.
        if (
            !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
            || !double.IsFinite(serial)
            || serial < MinSerial
            || serial > MaxSerial
        )
        {
            var at = cell.CellReference?.Value ?? "?";
            throw new ValidationFailedException(
                "table",
                Reasons.PlanCellNotADate(at),
                $"Cell {at} has a date format but holds no date."
            );
        }
        var moment = DateTime.FromOADate(serial);
        return kind == CellKind.Date
            ? moment.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
            : moment.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    private enum CellKind
    {
        Number,
        Date,
        Time,
    }

    private static List<CellKind> CellFormats(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom =
            stylesheet
                ?.NumberingFormats?.Elements<NumberingFormat>()
                .Where(f => f.NumberFormatId?.Value is not null)
                .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? string.Empty)
            ?? [];
        return stylesheet
                ?.CellFormats?.Elements<CellFormat>()
                .Select(format =>
                {
                    var id = format.NumberFormatId?.Value ?? 0;
                    if (BuiltInDateFormats.Contains(id))
                        return CellKind.Date;
                    if (BuiltInTimeFormats.Contains(id))
                        return CellKind.Time;
                    return custom.TryGetValue(id, out var code) ? KindOf(code) : CellKind.Number;
                })
                .ToList()
            ?? [];
    }

    /// <summary>A custom format is a date when it shows a day or a year, a time when it shows hours.</summary>
    private static CellKind KindOf(string formatCode)
    {
        var code = System
            .Text.RegularExpressions.Regex.Replace(formatCode, "\"[^\"]*\"|\\[[^\\]]*\\]", string.Empty)
            .ToLowerInvariant();
        if (code.Contains('d', StringComparison.Ordinal) || code.Contains('y', StringComparison.Ordinal))
            return CellKind.Date;
        return code.Contains('h', StringComparison.Ordinal) ? CellKind.Time : CellKind.Number;
    }

    /// <summary>"C7" → 2.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
            return null;
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return index == 0 ? null : index - 1;
    }
}
