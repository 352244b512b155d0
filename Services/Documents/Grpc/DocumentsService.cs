using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Hfi.Documents.Api;
using Hfi.Documents.Data;
using Hfi.ServiceDefaults.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Documents.Grpc;

public sealed class DocumentsService(DocumentsDbContext db) : DocumentsApi.DocumentsApiBase
{
    public override async Task<ListAttachmentsResponse> ListAttachments(ListAttachmentsRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.MeetingId, out var meetingId))
            throw new ValidationFailedException("meeting_id", $"'{request.MeetingId}' is not a meeting id.");

        var attachments = await db.Attachments.AsNoTracking()
            .Where(a => a.MeetingId == meetingId)
            .OrderBy(a => a.FileName).ThenBy(a => a.Version)
            .ToListAsync(context.CancellationToken);
        return new ListAttachmentsResponse
        {
            Attachments =
            {
                attachments.Select(a => new Attachment
                {
                    AttachmentId = a.Id.ToString(),
                    MeetingId = a.MeetingId.ToString(),
                    FileName = a.FileName,
                    ContentType = a.ContentType,
                    SizeBytes = a.SizeBytes,
                    Sha256 = a.Sha256,
                    Version = a.Version,
                    UploadedAt = Timestamp.FromDateTimeOffset(a.UploadedAt),
                }),
            },
        };
    }
}
