using System.Text;
using Google.Api;
using Hfi.Planning.Domain.Plans.Import;
using Hfi.Planning.OfficeFiles;
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
        {
            throw new ValidationFailedException(
                "table",
                Reasons.PlanTableMissing,
                "Paste the plan table (tab-separated text) or upload a .docx or .xlsx file."
            );
        }

        var mediaType = body.ContentType.Split(';')[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "" or "text/plain" or "text/tab-separated-values" => SourceLine.FromPastedText(Text(body)),
            Docx => Office(body, "Word-dokumentet (.docx)", DocxPlanReader.Read),
            Xlsx => Office(body, "Excel-arbeidsboken (.xlsx)", XlsxPlanReader.Read),
            _ => throw new ValidationFailedException(
                "table",
                Reasons.PlanTableTypeUnknown,
                "Send tab-separated text (text/plain), a .docx or an .xlsx file."
            ),
        };
    }

    private static IReadOnlyList<SourceLine> Office(
        HttpBody body,
        string what,
        Func<Stream, IReadOnlyList<SourceLine>> read
    )
    {
        try
        {
            using var stream = new MemoryStream(body.Data.ToByteArray(), writable: false);
            return read(stream);
        }
        // Whatever breaks while reading a file someone sent means the file cannot be read: never a 500.
        catch (Exception ex)
            when (ex is not (ValidationFailedException or OperationCanceledException or OutOfMemoryException))
        {
            throw new ValidationFailedException(
                "table",
                Reasons.PlanFileUnreadable(what),
                "The file cannot be opened: it is damaged or of another type."
            );
        }
    }

    private static string Text(HttpBody body)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)
                .GetString(body.Data.Span)
                .TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new ValidationFailedException("table", Reasons.PlanTextNotUtf8, "The text is not UTF-8.");
        }
    }
}
