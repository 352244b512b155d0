using System.Text;
using Google.Api;
using Hfi.Planning.Domain.Plans.Import;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Planning.Grpc;

/// <summary>The uploaded plan table as source lines, whatever form it came in.</summary>
internal static class PlanSource
{
    public static IReadOnlyList<SourceLine> Read(HttpBody? body)
    {
        if (body is null || body.Data.IsEmpty)
            throw new ValidationFailedException("table", "Lim inn årsplantabellen (tabulatorseparert tekst) eller last opp en .docx- eller .xlsx-fil.");

        var mediaType = body.ContentType.Split(';')[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "" or "text/plain" or "text/tab-separated-values" => SourceLine.FromPastedText(Text(body)),
            _ => throw new ValidationFailedException("table",
                $"Kan ikke lese innhold av typen «{mediaType}». Send tabulatorseparert tekst (text/plain)."),
        };
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
