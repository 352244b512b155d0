using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Hfi.Documents.Domain.Generation;
using Block = Hfi.Documents.Domain.Generation.Block;
using Heading = Hfi.Documents.Domain.Generation.Heading;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Hfi.Documents.Generation;

/// <summary>
/// Renders a generated document as a Word document (A4, Norwegian language, heading styles for navigation).
/// </summary>
public static class DocxRenderer
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // Twentieths of a point: 2.5 cm margins, agenda text after a 3 cm time column.
    private const int MarginTwips = 1418;
    private const int AgendaIndentTwips = 1701;
    private const int ListIndentTwips = 425;

    public static byte[] Render(GeneratedDocument document)
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = document.Title;
            word.PackageProperties.Subject = document.Subject;
            word.PackageProperties.Creator = "Helsefellesskap Innlandet";
            word.PackageProperties.Language = "nb-NO";

            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body(document.Blocks.Select(ParagraphOf));
            body.Append(
                new SectionProperties(
                    new PageSize { Width = 11906, Height = 16838 },
                    new PageMargin
                    {
                        Top = MarginTwips,
                        Bottom = MarginTwips,
                        Left = (uint)MarginTwips,
                        Right = (uint)MarginTwips,
                        Header = 709,
                        Footer = 709,
                        Gutter = 0,
                    }
                )
            );
            main.Document = new Document(body);
        }

        return buffer.ToArray();
    }

    private static WordParagraph ParagraphOf(Block block) =>
        block switch
        {
            Heading heading => new WordParagraph(
                new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = $"Heading{heading.Level}" } },
                Run(heading.Text)
            ),
            Domain.Generation.Paragraph paragraph => new WordParagraph(
                Run(paragraph.Text, paragraph.Bold, paragraph.Italic)
            ),
            Field field => new WordParagraph(Run($"{field.Label}: ", bold: true), Run(field.Value)),
            AgendaRow row => AgendaParagraph(row),
            Bullet bullet => Hanging(Run($"–\t{bullet.Text}")),
            Numbered numbered => Hanging(Run($"{numbered.Number}.\t{numbered.Text}")),
            _ => throw new NotSupportedException($"No DOCX rendering for {block.GetType().Name}."),
        };

    private static WordParagraph AgendaParagraph(AgendaRow row)
    {
        var paragraph = new WordParagraph(
            new ParagraphProperties
            {
                Tabs = new Tabs(new TabStop { Val = TabStopValues.Left, Position = AgendaIndentTwips }),
                Indentation = new Indentation
                {
                    Left = AgendaIndentTwips.ToString(),
                    Hanging = AgendaIndentTwips.ToString(),
                },
            },
            Run($"{row.Time}\t{row.Text}")
        );
        if (row.Detail is not null)
        {
            paragraph.Append(new Run(new Break()));
            paragraph.Append(Run(row.Detail, italic: true));
        }
        return paragraph;
    }

    private static WordParagraph Hanging(Run run) =>
        new(
            new ParagraphProperties
            {
                Tabs = new Tabs(new TabStop { Val = TabStopValues.Left, Position = ListIndentTwips * 2 }),
                Indentation = new Indentation
                {
                    Left = (ListIndentTwips * 2).ToString(),
                    Hanging = ListIndentTwips.ToString(),
                },
            },
            run
        );

    /// <summary>A run whose line breaks become Word line breaks.</summary>
    private static Run Run(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            run.RunProperties = new RunProperties
            {
                Bold = bold ? new Bold() : null,
                Italic = italic ? new Italic() : null,
            };
        }

        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
                run.Append(new Break());
            foreach (var (segment, index) in lines[i].Split('\t').Select((s, n) => (s, n)))
            {
                if (index > 0)
                    run.Append(new TabChar());
                run.Append(new Text(segment) { Space = SpaceProcessingModeValues.Preserve });
            }
        }
        return run;
    }

    private static Styles Styles() =>
        new(
            new DocDefaults(
                new RunPropertiesDefault(
                    new RunPropertiesBaseStyle
                    {
                        RunFonts = new RunFonts
                        {
                            Ascii = "Calibri",
                            HighAnsi = "Calibri",
                            ComplexScript = "Calibri",
                        },
                        FontSize = new FontSize { Val = "22" },
                        Languages = new Languages { Val = "nb-NO" },
                    }
                ),
                new ParagraphPropertiesDefault(
                    new ParagraphPropertiesBaseStyle
                    {
                        SpacingBetweenLines = new SpacingBetweenLines
                        {
                            After = "120",
                            Line = "264",
                            LineRule = LineSpacingRuleValues.Auto,
                        },
                    }
                )
            ),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
            {
                Type = StyleValues.Paragraph,
                StyleId = "Normal",
                Default = true,
            },
            HeadingStyle(1, 36, 0),
            HeadingStyle(2, 28, 1),
            HeadingStyle(3, 24, 2)
        );

    private static Style HeadingStyle(int level, int halfPoints, int outlineLevel) =>
        new(
            new StyleName { Val = $"heading {level}" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = new SpacingBetweenLines { Before = level == 1 ? "0" : "240", After = "120" },
                OutlineLevel = new OutlineLevel { Val = outlineLevel },
            },
            new StyleRunProperties
            {
                Bold = new Bold(),
                FontSize = new FontSize { Val = halfPoints.ToString() },
            }
        )
        {
            Type = StyleValues.Paragraph,
            StyleId = $"Heading{level}",
        };
}
