using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Hfi.Planning.Tests;

/// <summary>Builds real .docx and .xlsx files the way Word and Excel store a plan table.</summary>
public static class OfficeFiles
{
    /// <summary>
    /// One element per line of pasted text: lines with tabs become rows of a Word table, other lines paragraphs.
    /// </summary>
    public static byte[] Docx(string pastedText)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new W.Body();
            W.Table? table = null;
            foreach (var line in pastedText.ReplaceLineEndings("\n").Split('\n'))
            {
                if (!line.Contains('\t'))
                {
                    table = null;
                    body.Append(new W.Paragraph(new W.Run(new W.Text(line))));
                    continue;
                }
                if (table is null)
                    body.Append(table = new W.Table());
                table.Append(
                    new W.TableRow(
                        line.Split('\t')
                            .Select(cell => new W.TableCell(
                                cell.Split(" | ").Select(text => new W.Paragraph(new W.Run(new W.Text(text))))
                            ))
                    )
                );
            }
            document.AddMainDocumentPart().Document = new W.Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A cell with a date format holding this text as its serial number, sane or not ("1e10", "NaN").
    /// </summary>
    public sealed record DateSerial(string Text);

    /// <summary>The workbook with its sheet's r:id taken out, as a damaged or hand-made file may have it.</summary>
    public static byte[] WithoutSheetRelationship(byte[] workbook)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            foreach (var sheet in document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>())
                sheet.Id = null;
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A workbook of one sheet; a DateOnly cell is stored as a real Excel date (serial number, date format).
    /// </summary>
    public static byte[] Xlsx(params (int Row, object?[] Cells)[] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill()),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true })
            );
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var (number, cells) in rows)
            {
                var row = new Row { RowIndex = (uint)number };
                for (var column = 0; column < cells.Length; column++)
                {
                    var reference = $"{(char)('A' + column)}{number}";
                    switch (cells[column])
                    {
                        case null:
                            break;
                        case DateOnly date:
                            row.Append(
                                new Cell
                                {
                                    CellReference = reference,
                                    StyleIndex = 1,
                                    CellValue = new CellValue(
                                        date.ToDateTime(TimeOnly.MinValue)
                                            .ToOADate()
                                            .ToString(System.Globalization.CultureInfo.InvariantCulture)
                                    ),
                                }
                            );
                            break;
                        case DateSerial serial:
                            row.Append(
                                new Cell
                                {
                                    CellReference = reference,
                                    StyleIndex = 1,
                                    CellValue = new CellValue(serial.Text),
                                }
                            );
                            break;
                        case var value:
                            row.Append(
                                new Cell
                                {
                                    CellReference = reference,
                                    DataType = CellValues.InlineString,
                                    InlineString = new InlineString(new Text(value.ToString()!)),
                                }
                            );
                            break;
                    }
                }
                data.Append(row);
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(
                new Sheets(
                    new Sheet
                    {
                        Id = workbook.GetIdOfPart(sheetPart),
                        SheetId = 1,
                        Name = "Årsplan",
                    }
                )
            );
        }
        return stream.ToArray();
    }
}
