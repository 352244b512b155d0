using System.Text;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Hfi.Documents.Tests.Generation;

/// <summary>Reads a PDF back with PdfSharp and collects the strings its pages show (one per line drawn).</summary>
internal static class PdfText
{
    public static string Extract(byte[] pdf) => string.Concat(Pages(pdf));

    /// <summary>Each page's text, the footer (drawn last) included.</summary>
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var pages = new List<string>();
        foreach (var page in document.Pages)
        {
            var text = new StringBuilder();
            Collect(ContentReader.ReadContent(page), text);
            pages.Add(text.ToString());
        }
        return pages;
    }

    private static void Collect(CObject content, StringBuilder text)
    {
        switch (content)
        {
            case COperator { OpCode.Name: "Tj" or "'" or "\"" } show:
                foreach (var operand in show.Operands.OfType<CString>())
                    text.Append(Decode(operand));
                text.Append('\n');
                break;
            case COperator { OpCode.Name: "TJ" } show:
                foreach (var operand in show.Operands.OfType<CArray>().SelectMany(a => a.OfType<CString>()))
                    text.Append(Decode(operand));
                text.Append('\n');
                break;
            case CSequence sequence:
                foreach (var inner in sequence)
                    Collect(inner, text);
                break;
        }
    }

    // WinAnsi text: bytes 0xA0–0xFF are Latin-1; the dashes sit in 0x80–0x9F.
    private static string Decode(CString value) => value.Value.Replace('\u0096', '–').Replace('\u0097', '—');
}
