using Hfi.Documents.Domain.Generation;
using Hfi.Documents.Extensions;
using Microsoft.Extensions.Options;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Hfi.Documents.Generation;

/// <summary>
/// Renders a generated document with PDFsharp (6.2, MIT-licensed) as an A4 PDF with wrapped text, page breaks and "Side
/// n av m".
/// </summary>
internal sealed class PdfSharpRenderer : IPdfRenderer
{
    public const string MediaType = "application/pdf";

    private const double Margin = 56.7; // 2 cm
    private const double AgendaIndent = 78;
    private const double ListIndent = 14;
    private const double ParagraphGap = 5;

    private readonly PdfFonts _fonts;

    public PdfSharpRenderer(IOptions<DocumentsOptions> options)
    {
        // Fonts resolve their typeface when made, so the resolver comes first.
        DejaVuFontResolver.Install(options.Value.FontDirectory);
        _fonts = new PdfFonts();
    }

    public byte[] Render(GeneratedDocument document)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Subject = document.Subject;
        pdf.Info.Author = "Helsefellesskap Innlandet";
        pdf.Language = "nb-NO";

        var pages = new PageWriter(pdf);
        for (var i = 0; i < document.Blocks.Count; i++)
            Draw(pages, _fonts, document.Blocks, i);
        pages.Close();
        NumberPages(pdf, _fonts, document.Title);

        using var buffer = new MemoryStream();
        pdf.Save(buffer);
        return buffer.ToArray();
    }

    private static void Draw(PageWriter pages, PdfFonts fonts, IReadOnlyList<Block> blocks, int index)
    {
        switch (blocks[index])
        {
            case Heading heading:
                pages.Space(SpaceAbove(heading));
                // Keep a heading, and the headings right under it, with at least two lines of what follows.
                pages.EnsureRoom(HeadingRunHeight(pages, fonts, blocks, index) + 2 * fonts.Body.GetHeight());
                pages.Text(heading.Text, HeadingFont(fonts, heading), 0);
                break;
            case Paragraph paragraph:
                pages.Text(
                    paragraph.Text,
                    paragraph.Bold ? fonts.BodyBold
                        : paragraph.Italic ? fonts.BodyItalic
                        : fonts.Body,
                    0
                );
                break;
            case Field field:
                pages.Row(field.Label + ":", fonts.BodyBold, AgendaIndent, field.Value, fonts.Body, keepGap: false);
                break;
            case AgendaRow row:
                pages.Row(row.Time, fonts.Body, AgendaIndent, row.Text, fonts.Body, keepGap: row.Detail is null);
                if (row.Detail is not null)
                    pages.Text(row.Detail, fonts.BodyItalic, AgendaIndent);
                break;
            case Bullet bullet:
                pages.Row("–", fonts.Body, ListIndent, bullet.Text, fonts.Body, keepGap: false, offset: ListIndent);
                break;
            case Numbered numbered:
                pages.Row(
                    $"{numbered.Number}.",
                    fonts.Body,
                    ListIndent + 4,
                    numbered.Text,
                    fonts.Body,
                    keepGap: false,
                    offset: ListIndent
                );
                break;
            default:
                throw new NotSupportedException($"No PDF rendering for {blocks[index].GetType().Name}.");
        }
    }

    private static XFont HeadingFont(PdfFonts fonts, Heading heading) =>
        fonts.Headings[Math.Clamp(heading.Level, 1, fonts.Headings.Length) - 1];

    private static double SpaceAbove(Heading heading) => heading.Level == 1 ? 0 : 8;

    private static double HeadingRunHeight(PageWriter pages, PdfFonts fonts, IReadOnlyList<Block> blocks, int index)
    {
        var heading = (Heading)blocks[index];
        var height = pages.TextHeight(heading.Text, HeadingFont(fonts, heading), 0);
        for (var next = index + 1; next < blocks.Count && blocks[next] is Heading following; next++)
            height += SpaceAbove(following) + pages.TextHeight(following.Text, HeadingFont(fonts, following), 0);
        return height;
    }

    private static void NumberPages(PdfDocument pdf, PdfFonts fonts, string title)
    {
        for (var i = 0; i < pdf.PageCount; i++)
        {
            var page = pdf.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var y = page.Height.Point - Margin / 2;
            graphics.DrawString(title, fonts.Footer, XBrushes.Gray, Margin, y, XStringFormats.BaseLineLeft);
            graphics.DrawString(
                $"Side {i + 1} av {pdf.PageCount}",
                fonts.Footer,
                XBrushes.Gray,
                page.Width.Point - Margin,
                y,
                XStringFormats.BaseLineRight
            );
        }
    }

    /// <summary>Lays text out top to bottom, wrapping words and starting a new page when one is full.</summary>
    private sealed class PageWriter(PdfDocument pdf)
    {
        private XGraphics? _graphics;
        private double _y;
        private double _bottom;
        private double _width;

        private XGraphics Graphics => _graphics ?? NewPage();

        public void Space(double points) => _y = Math.Max(Margin, _y + points);

        public void EnsureRoom(double height)
        {
            if (_graphics is null || _y + height > _bottom)
                NewPage();
        }

        public void Text(string text, XFont font, double indent)
        {
            DrawLines(Wrap(text, font, indent), font, Margin + indent);
            _y += ParagraphGap;
        }

        /// <summary>How much height <see cref="Text"/> would take for this text.</summary>
        public double TextHeight(string text, XFont font, double indent) =>
            Wrap(text, font, indent).Count * LineHeight(font) + ParagraphGap;

        /// <summary>A label in a left column and wrapped text beside it, e.g. an agenda row's times and item.</summary>
        public void Row(
            string label,
            XFont labelFont,
            double column,
            string text,
            XFont font,
            bool keepGap = true,
            double offset = 0
        )
        {
            var lines = Wrap(text, font, column + offset);
            EnsureRoom(font.GetHeight());
            Graphics.DrawString(label, labelFont, XBrushes.Black, Margin + offset, _y, XStringFormats.TopLeft);
            DrawLines(lines, font, Margin + column + offset);
            _y += keepGap ? ParagraphGap : 2;
        }

        public void Close() => _graphics?.Dispose();

        private void DrawLines(IEnumerable<string> lines, XFont font, double x)
        {
            var lineHeight = LineHeight(font);
            foreach (var line in lines)
            {
                EnsureRoom(lineHeight);
                Graphics.DrawString(line, font, XBrushes.Black, x, _y, XStringFormats.TopLeft);
                _y += lineHeight;
            }
        }

        private static double LineHeight(XFont font) => font.GetHeight() * 1.15;

        private List<string> Wrap(string text, XFont font, double indent)
        {
            var graphics = Graphics; // the first page sets the width
            var maxWidth = _width - indent;
            var lines = new List<string>();
            foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
            {
                var line = string.Empty;
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : $"{line} {word}";
                    if (line.Length > 0 && graphics.MeasureString(candidate, font).Width > maxWidth)
                    {
                        lines.Add(line);
                        line = word;
                    }
                    else
                    {
                        line = candidate;
                    }
                }
                lines.Add(line);
            }
            return lines;
        }

        private XGraphics NewPage()
        {
            _graphics?.Dispose();
            var page = pdf.AddPage();
            page.Size = PageSize.A4;
            _graphics = XGraphics.FromPdfPage(page);
            _y = Margin;
            _bottom = page.Height.Point - Margin;
            _width = page.Width.Point - 2 * Margin;
            return _graphics;
        }
    }
}

/// <summary>The fonts of generated PDFs.</summary>
internal sealed class PdfFonts
{
    // Automatic: WinAnsi text while it fits (searchable everywhere), Unicode for letters beyond it.
    private static readonly XPdfFontOptions Encoding = new(PdfFontEncoding.Automatic);

    public XFont Body { get; } = Font(10, XFontStyleEx.Regular);
    public XFont BodyBold { get; } = Font(10, XFontStyleEx.Bold);
    public XFont BodyItalic { get; } = Font(10, XFontStyleEx.Italic);
    public XFont Footer { get; } = Font(8, XFontStyleEx.Regular);
    public XFont[] Headings { get; } =
    [Font(16, XFontStyleEx.Bold), Font(13, XFontStyleEx.Bold), Font(11, XFontStyleEx.Bold)];

    private static XFont Font(double size, XFontStyleEx style) => new(DejaVuFontResolver.Family, size, style, Encoding);
}
