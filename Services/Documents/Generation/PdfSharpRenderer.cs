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
        foreach (var block in document.Blocks)
            Draw(pages, _fonts, block);
        pages.Close();
        NumberPages(pdf, _fonts, document.Title);

        using var buffer = new MemoryStream();
        pdf.Save(buffer);
        return buffer.ToArray();
    }

    private static void Draw(PageWriter pages, PdfFonts _fonts, Block block)
    {
        switch (block)
        {
            case Heading heading:
                var font = _fonts.Headings[Math.Clamp(heading.Level, 1, _fonts.Headings.Length) - 1];
                pages.Space(heading.Level == 1 ? 0 : 8);
                // Keep a heading with at least two lines of what follows.
                pages.EnsureRoom(font.GetHeight() + 2 * _fonts.Body.GetHeight());
                pages.Text(heading.Text, font, 0);
                break;
            case Paragraph paragraph:
                pages.Text(
                    paragraph.Text,
                    paragraph.Bold ? _fonts.BodyBold
                        : paragraph.Italic ? _fonts.BodyItalic
                        : _fonts.Body,
                    0
                );
                break;
            case Field field:
                pages.Row(field.Label + ":", _fonts.BodyBold, AgendaIndent, field.Value, _fonts.Body, keepGap: false);
                break;
            case AgendaRow row:
                pages.Row(row.Time, _fonts.Body, AgendaIndent, row.Text, _fonts.Body, keepGap: row.Detail is null);
                if (row.Detail is not null)
                    pages.Text(row.Detail, _fonts.BodyItalic, AgendaIndent);
                break;
            case Bullet bullet:
                pages.Row("–", _fonts.Body, ListIndent, bullet.Text, _fonts.Body, keepGap: false, offset: ListIndent);
                break;
            case Numbered numbered:
                pages.Row(
                    $"{numbered.Number}.",
                    _fonts.Body,
                    ListIndent + 4,
                    numbered.Text,
                    _fonts.Body,
                    keepGap: false,
                    offset: ListIndent
                );
                break;
            default:
                throw new NotSupportedException($"No PDF rendering for {block.GetType().Name}.");
        }
    }

    private static void NumberPages(PdfDocument pdf, PdfFonts _fonts, string title)
    {
        for (var i = 0; i < pdf.PageCount; i++)
        {
            var page = pdf.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var y = page.Height.Point - Margin / 2;
            graphics.DrawString(title, _fonts.Footer, XBrushes.Gray, Margin, y, XStringFormats.BaseLineLeft);
            graphics.DrawString(
                $"Side {i + 1} av {pdf.PageCount}",
                _fonts.Footer,
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
            DrawLines(Wrap(text, font, _width - indent), font, Margin + indent);
            _y += ParagraphGap;
        }

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
            var lines = Wrap(text, font, _width - column - offset);
            EnsureRoom(font.GetHeight());
            Graphics.DrawString(label, labelFont, XBrushes.Black, Margin + offset, _y, XStringFormats.TopLeft);
            DrawLines(lines, font, Margin + column + offset);
            _y += keepGap ? ParagraphGap : 2;
        }

        public void Close() => _graphics?.Dispose();

        private void DrawLines(IEnumerable<string> lines, XFont font, double x)
        {
            var lineHeight = font.GetHeight() * 1.15;
            foreach (var line in lines)
            {
                EnsureRoom(lineHeight);
                Graphics.DrawString(line, font, XBrushes.Black, x, _y, XStringFormats.TopLeft);
                _y += lineHeight;
            }
        }

        private List<string> Wrap(string text, XFont font, double maxWidth)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
            {
                var line = string.Empty;
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : $"{line} {word}";
                    if (line.Length > 0 && Graphics.MeasureString(candidate, font).Width > maxWidth)
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
