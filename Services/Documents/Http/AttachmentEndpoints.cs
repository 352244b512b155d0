using Hfi.ServiceDefaults.Identity;

namespace Hfi.Documents.Http;

/// <summary>
/// File transfer as plain HTTP endpoints beside the gRPC API: uploads and downloads are streamed, which JSON
/// transcoding cannot do. Metadata stays in the gRPC API.
/// </summary>
internal static class AttachmentEndpoints
{
    public static WebApplication MapAttachmentEndpoints(this WebApplication app)
    {
        var documents = app.MapGroup("/api/documents").AddEndpointFilter<ProblemEndpointFilter>();

        documents
            .MapPost("/meetings/{meetingId:guid}/attachments", UploadEndpoint.HandleAsync)
            .RequireAuthorization(HfiPolicies.Secretariat)
            .DisableAntiforgery();

        documents.MapGet("/files/{attachmentId:guid}", DownloadEndpoint.HandleAsync);
        return app;
    }
}
