using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Hfi.Contracts;
using Hfi.Documents.Domain.Generation;
using Hfi.Documents.Extensions;
using Hfi.Documents.Generation;
using Hfi.ServiceDefaults.Domain;
using Microsoft.Extensions.Options;

namespace Hfi.Documents.Tests.Generation;

public sealed class GeneratedDocumentTests
{
    private static readonly PdfSharpRenderer Pdf = new(Options.Create(new DocumentsOptions()));
    private static readonly string[] GeneralCaseNumbers = SeedMeeting.CaseNumbers[..^1];

    [Fact]
    public void The_municipal_notice_holds_every_case_in_docx_and_pdf()
    {
        var notice = NoticeComposer.Compose(
            SeedMeeting.Notice(Audiences.MunicipalRepresentatives, withRestrictedItems: true)
        );

        var docxText = DocxText(DocxRenderer.Render(notice));
        var pdfText = PdfText.Extract(Pdf.Render(notice));

        Assert.All(SeedMeeting.CaseNumbers, number => Assert.Contains($"Sak {number}", docxText));
        Assert.All(SeedMeeting.CaseNumbers, number => Assert.Contains($"Sak {number}", pdfText));
        Assert.Contains(SeedMeeting.RestrictedAttachment, notice.PlainText);
        Assert.Contains("Saker kun for kommunale representanter", pdfText);
    }

    [Fact]
    public void The_municipal_notice_ends_after_its_own_items_and_the_all_members_notice_after_the_common_part()
    {
        var municipal = PdfText.Extract(
            Pdf.Render(
                NoticeComposer.Compose(
                    SeedMeeting.Notice(Audiences.MunicipalRepresentatives, withRestrictedItems: true)
                )
            )
        );
        var all = PdfText.Extract(
            Pdf.Render(NoticeComposer.Compose(SeedMeeting.Notice(Audiences.AllMembers, withRestrictedItems: true)))
        );

        Assert.True(
            municipal.IndexOf("Sak 08.24", StringComparison.Ordinal)
                < municipal.IndexOf("Slutt (ca. kl. 17:55)", StringComparison.Ordinal)
        );
        Assert.DoesNotContain("Slutt (ca. kl. 17:40)", municipal);
        Assert.Contains("Slutt (ca. kl. 17:40)", all);
    }

    [Fact]
    public void The_all_members_notice_holds_no_trace_of_the_municipal_case_even_when_the_event_carries_it()
    {
        var notice = NoticeComposer.Compose(SeedMeeting.Notice(Audiences.AllMembers, withRestrictedItems: true));

        var texts = new[]
        {
            notice.PlainText,
            DocxText(DocxRenderer.Render(notice)),
            PdfText.Extract(Pdf.Render(notice)),
        };

        foreach (var text in texts)
        {
            Assert.All(GeneralCaseNumbers, number => Assert.Contains($"Sak {number}", text));
            Assert.DoesNotContain("08.24", text);
            Assert.DoesNotContain("kommunalt budsjett", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Regnskap for 2023", text);
            Assert.DoesNotContain("kommunale representanter", text);
        }
    }

    [Fact]
    public void The_notice_reads_as_a_norwegian_notice()
    {
        var text = PdfText.Extract(
            Pdf.Render(NoticeComposer.Compose(SeedMeeting.Notice(Audiences.AllMembers, withRestrictedItems: false)))
        );

        Assert.Contains("Dato: torsdag 13. februar 2025", text.Replace("\n", " "));
        Assert.Contains("kl. 16:00–18:00", text);
        Assert.Contains("16:35–17:05", text);
        Assert.Contains("Sak 04.24 Strategiplan", text);
        Assert.Contains("(30 min)", text);
        Assert.Contains("v/ Jonas Sjømæling", text);
        Assert.Contains("(innlegg 15 min og spørsmål 5 min)", text);
        Assert.Contains("Forslag til vedtak:", text);
        Assert.Contains("Alternativ 2:", text);
        Assert.Contains("Forslag til årsrapport", text);
        Assert.Contains("Slutt (ca. kl. 17:40)", text);
        Assert.Contains("Side 1 av", text);
    }

    [Theory]
    [InlineData(Audiences.AllMembers)]
    [InlineData(Audiences.MunicipalRepresentatives)]
    public void Generated_word_documents_pass_the_open_xml_validator(string audience)
    {
        var documents = new[]
        {
            DocxRenderer.Render(
                NoticeComposer.Compose(SeedMeeting.Notice(audience, withRestrictedItems: false, version: 2))
            ),
            DocxRenderer.Render(MinutesComposer.Compose(SeedMeeting.Minutes(audience))),
        };

        foreach (var bytes in documents)
        {
            using var word = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
            var errors = new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}");
            Assert.Empty(errors);
        }
    }

    [Fact]
    public void The_all_members_minutes_leave_the_municipal_decision_out()
    {
        var all = MinutesComposer.Compose(SeedMeeting.Minutes(Audiences.AllMembers));
        var municipal = MinutesComposer.Compose(SeedMeeting.Minutes(Audiences.MunicipalRepresentatives));

        var allText = PdfText.Extract(Pdf.Render(all));
        var municipalText = PdfText.Extract(Pdf.Render(municipal));

        Assert.Contains("Sak 06.24", allText);
        Assert.Contains(
            "Vedtatt med 20 stemmer for, 6 mot og 1 avholdende. 27 av 30 stemmeberettigede til stede.",
            allText
        );
        Assert.Contains("Vedtak (alternativ 1 ble vedtatt):", allText);
        Assert.Contains("Endringsforslag:", allText);
        Assert.Contains("Forslag fra Kari Nordmann: tillegg «og rapportere tilbake i 2025».", allText);
        Assert.Contains("Vedtak (endret forslag):", allText);
        Assert.Contains("satt kl. 16:05, hevet kl. 17:50", allText);
        Assert.Contains("v/ Jonas Sjømæling", allText);
        Assert.Contains("NTNU orienterte om studiestart", allText);
        Assert.DoesNotContain("Kommunenes representanter", allText);
        Assert.Contains("Direktør Sykehus (Sykehuset Innlandet), ikke til stede fra kl. 17:30", allText);
        Assert.Contains("Ola Vara (Elverum kommune), møtte som vara for Per Fast", allText);
        Assert.Contains("Anne Borte (Gjøvik kommune) ga fullmakt til Kari Nordmann", allText);
        Assert.DoesNotContain("08.24", allText);
        Assert.Contains("Sak 08.24", municipalText);
        Assert.Contains("Inhabil: Kari Nordmann", municipalText);
        Assert.Contains(
            "Enstemmig vedtatt. Kommunenes representanter vedtok saken alene, 21 av 23 stemmeberettigede til stede.",
            municipal.PlainText
        );
        Assert.Contains("Kommunenes representanter vedtok saken alene", municipalText);
    }

    [Fact]
    public void A_single_vote_or_voter_is_counted_in_the_singular()
    {
        var seed = SeedMeeting.Minutes(Audiences.AllMembers);
        var close = seed.Decisions.Single(d => d.CaseNumber == "06.24") with
        {
            VotesFor = 1,
            VotesAgainst = 0,
            VotesBlank = 0,
            VotesEntitled = 1,
            VotingSeats = null,
        };

        var text = MinutesComposer.Compose(seed with { Decisions = [close] }).PlainText;

        Assert.Contains("Vedtatt med 1 stemme for, 0 mot og 0 avholdende. 1 stemmeberettiget til stede.", text);
    }

    private static string DocxText(byte[] bytes)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        return string.Join(
            '\n',
            word.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
                .Select(p => p.InnerText)
        );
    }
}
