using System.Text.Json;
using Google.Protobuf;
using Hfi.Contracts;
using Hfi.Documents.Api;
using Hfi.Documents.Domain;
using Hfi.Documents.Domain.Generation;
using Hfi.Documents.Generation;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Documents.Grpc;

/// <summary>
/// Composes and renders a notice or minutes from its event exactly as the consumers do, without storing it.
/// </summary>
internal static class DocumentPreview
{
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    public static DocumentFile Render(RenderPreviewRequest request, DocumentGenerator generator)
    {
        var (document, target) = request.Kind switch
        {
            DocumentKinds.Notice => Read<MeetingNoticeIssued>(request.ContentJson) is var notice
                ? (NoticeComposer.Compose(notice), GeneratedFor.Notice(notice))
                : default,
            DocumentKinds.Minutes => Read<MinutesApproved>(request.ContentJson) is var minutes
                ? (MinutesComposer.Compose(minutes), GeneratedFor.Minutes(minutes))
                : default,
            _ => throw new ValidationFailedException(
                "kind",
                $"Use '{DocumentKinds.Notice}' or '{DocumentKinds.Minutes}'."
            ),
        };
        var pdf = generator.RenderPdf(document);
        return new DocumentFile
        {
            FileName = target.FileStem + ".pdf",
            ContentType = PdfSharpRenderer.MediaType,
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)),
            Content = ByteString.CopyFrom(pdf),
        };
    }

    private static T Read<T>(string json)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, EventJson) ?? throw new JsonException("null");
        }
        catch (JsonException)
        {
            throw new ValidationFailedException("content_json", $"Give the {typeof(T).Name} event as JSON.");
        }
    }
}
