using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Google.Api;
using Hfi.Planning.Documents;
using Hfi.Planning.Domain.Plans.Import;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Planning.Grpc;

/// <summary>The uploaded plan table as source lines, whatever form it came in.</summary>
internal static class PlanSource
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IReadOnlyList<SourceLine> Read(HttpBody? body)
    {
        if (body is null || body.Data.IsEmpty)
            throw new ValidationFailedException("table", "Lim inn årsplantabellen (tabulatorseparert tekst) eller last opp en .docx- eller .xlsx-fil.");

        var mediaType = body.ContentType.Split(';')[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "" or "text/plain" or "text/tab-separated-values" => SourceLine.FromPastedText(Text(body)),
            Docx => Office(body, "Word-dokumentet (.docx)", DocxPlanReader.Read),
            Xlsx => Office(body, "Excel-arbeidsboken (.xlsx)", XlsxPlanReader.Read),
            _ => throw new ValidationFailedException("table",
                $"Kan ikke lese innhold av typen «{mediaType}». Send tabulatorseparert tekst (text/plain), en .docx- eller en .xlsx-fil."),
        };
    }

    private static IReadOnlyList<SourceLine> Office(HttpBody body, string what, Func<Stream, IReadOnlyList<SourceLine>> read)
    {
        try
        {
            using var stream = new MemoryStream(body.Data.ToByteArray(), writable: false);
            return read(stream);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FormatException or XmlException)
        {
            throw new ValidationFailedException("table", $"Kunne ikke åpne {what}: filen er skadet eller av en annen type.");
        }
    }

    private static string Text(HttpBody body)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(body.Data.Span).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new ValidationFailedException("table", "Teksten er ikke UTF-8. Lagre eller lim inn tabellen som UTF-8.");
        }
    }
}
