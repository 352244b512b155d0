using System.Text.Json;
using Google.Api;
using Hfi.Documents.Api;

namespace Hfi.Meetings.Grpc;

/// <summary>
/// Has Documents render a notice or minutes exactly as it would generate them from the published event, and
/// hands back the PDF; nothing is published or stored.
/// </summary>
public sealed class DocumentPreviews(DocumentsApi.DocumentsApiClient documents)
{
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    public async Task<HttpBody> RenderAsync<TEvent>(string kind, TEvent content, CancellationToken cancellationToken)
    {
        var file = await documents.RenderPreviewAsync(
            new RenderPreviewRequest { Kind = kind, ContentJson = JsonSerializer.Serialize(content, EventJson) },
            cancellationToken: cancellationToken
        );
        return new HttpBody { ContentType = file.ContentType, Data = file.Content };
    }
}
