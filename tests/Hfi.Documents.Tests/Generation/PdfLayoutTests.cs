using Hfi.Documents.Domain.Generation;
using Hfi.Documents.Extensions;
using Hfi.Documents.Generation;
using Microsoft.Extensions.Options;

namespace Hfi.Documents.Tests.Generation;

public sealed class PdfLayoutTests
{
    private static readonly PdfSharpRenderer Pdf = new(Options.Create(new DocumentsOptions()));

    [Fact]
    public void A_section_heading_never_ends_a_page_apart_from_the_case_heading_under_it()
    {
        const string section = "Saker kun for kommunale representanter";
        const string caseHeading = "Sak 09.25 Avtale om samarbeid om legevakt i Innlandet for perioden 2026 til 2029";

        // Shift the pair down the page a line at a time, so one of the layouts puts it at the foot of page 1.
        for (var filler = 30; filler <= 60; filler++)
        {
            var blocks = new List<Block> { new Heading("Protokoll", 1) };
            blocks.AddRange(Enumerable.Range(1, filler).Select(i => new Paragraph($"Linje {i} i vedtaket.")));
            blocks.Add(new Heading(section, 2));
            blocks.Add(new Heading(caseHeading, 3));
            blocks.Add(new Paragraph("Vedtak: Saken tas til orientering."));

            var pages = PdfText.Pages(Pdf.Render(new GeneratedDocument("Protokoll", "SSU", blocks)));

            foreach (var page in pages)
            {
                var content = page.Split('\n', StringSplitOptions.RemoveEmptyEntries)[..^2]; // less the footer
                var last = content[^1];
                Assert.False(section == last || caseHeading.Contains(last), $"{filler} lines: page ends on «{last}»");
            }
        }
    }
}
