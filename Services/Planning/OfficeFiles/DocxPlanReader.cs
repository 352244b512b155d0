using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Hfi.Planning.Domain.Plans.Import;

namespace Hfi.Planning.OfficeFiles;

/// <summary>
/// Reads the plan from the secretariat's Word document: paragraphs are text lines (titles, prose), each table row is a
/// row of cells. Paragraphs within a cell are kept as separate lines, so a topic cell listing several topics gives one
/// topic each. Rows are numbered in document order, as they would be if the document were pasted as text.
/// </summary>
public static class DocxPlanReader
{
    public static IReadOnlyList<SourceLine> Read(Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body =
            document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("The document has no body.");
        var lines = new List<SourceLine>();
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    lines.Add(new SourceLine(lines.Count + 1, paragraph.InnerText.Trim(), null));
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        var cells = Cells(row);
                        lines.Add(new SourceLine(lines.Count + 1, string.Join(' ', cells), cells));
                    }
                    break;
            }
        }
        return lines;
    }

    private static List<string> Cells(TableRow row)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<TableCell>())
        {
            cells.Add(
                string.Join('\n', cell.Elements<Paragraph>().Select(p => p.InnerText.Trim()).Where(t => t.Length > 0))
            );
            // A cell spanning several columns leaves the columns it covers empty, so later cells keep their column.
            var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
            for (var i = 1; i < span; i++)
                cells.Add(string.Empty);
        }
        return cells;
    }
}
