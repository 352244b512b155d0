using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Hfi.Documents.Api;
using Hfi.Documents.Application;
using Hfi.Documents.Data;
using Hfi.Documents.Domain;
using Hfi.Documents.Domain.Access;
using Hfi.Documents.Storage;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Hfi.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using AttachmentEntity = Hfi.Documents.Domain.Attachment;
using AttachmentVersionEntity = Hfi.Documents.Domain.AttachmentVersion;
using PublicAccessDto = Hfi.Documents.Api.PublicAccess;

namespace Hfi.Documents.Grpc;

public sealed class DocumentsService(DocumentsDbContext db, IAttachmentStore store, AttachmentLibrary library)
    : DocumentsApi.DocumentsApiBase
{
    public override async Task<ListAttachmentsResponse> ListAttachments(
        ListAttachmentsRequest request,
        ServerCallContext context
    )
    {
        var meetingId = RequestIds.Parse(request.MeetingId, "meeting_id");
        var kind = AttachmentList.KindFilter(request.Kind);
        var caller = Caller.From(context.GetHttpContext().User);

        var page = PageRequest.Of(
            request.PageSize,
            request.PageToken,
            AttachmentList.Limits,
            "documents.ListAttachments",
            meetingId.ToString(),
            kind
        );
        var (readable, next) = await db.ReadablePageAsync(
            meetingId,
            kind,
            a => ReadAccess.Check(caller, a.Audience, a.PublicAccess) == ReadVerdict.Allowed,
            page,
            context.CancellationToken
        );
        var readableIds = readable.Select(a => a.Id).ToList();
        var latest = await db
            .AttachmentVersions.AsNoTracking()
            .Where(v => readableIds.Contains(v.AttachmentId))
            .Join(
                db.Attachments,
                v => new { v.AttachmentId, v.Version },
                a => new { AttachmentId = a.Id, Version = a.LatestVersion },
                (v, _) => v
            )
            .ToDictionaryAsync(v => v.AttachmentId, context.CancellationToken);

        return new ListAttachmentsResponse
        {
            Attachments = { readable.Select(a => ToDto(a, latest[a.Id])) },
            NextPageToken = next,
        };
    }

    public override async Task<AttachmentDetails> GetAttachment(GetAttachmentRequest request, ServerCallContext context)
    {
        var attachment = await LoadReadableAsync(request.AttachmentId, context);
        var versions = await db
            .AttachmentVersions.AsNoTracking()
            .Where(v => v.AttachmentId == attachment.Id)
            .OrderBy(v => v.Version)
            .ToListAsync(context.CancellationToken);
        return new AttachmentDetails
        {
            Attachment = ToDto(attachment, versions[^1]),
            Versions = { versions.Select(ToDto) },
        };
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Empty> DeleteAttachment(DeleteAttachmentRequest request, ServerCallContext context)
    {
        await library.DeleteAsync(RequestIds.Parse(request.AttachmentId, "attachment_id"), context.CancellationToken);
        return new Empty();
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.Attachment> SetAttachmentAccess(
        SetAttachmentAccessRequest request,
        ServerCallContext context
    )
    {
        var id = RequestIds.Parse(request.AttachmentId, "attachment_id");
        var fields = new Dictionary<string, string>
        {
            [AttachmentMetadata.AudienceField] = request.Audience,
            [AttachmentMetadata.PublicAccessField] = request.PublicAccess switch
            {
                PublicAccessDto.Public => Domain.Access.PublicAccess.PublicValue,
                PublicAccessDto.Exempt => Domain.Access.PublicAccess.ExemptValue,
                _ => string.Empty,
            },
            [AttachmentMetadata.ExemptionBasisField] = request.ExemptionBasis,
        };
        var (attachment, latest) = await library.SetAccessAsync(id, fields, context.CancellationToken);
        return ToDto(attachment, latest);
    }

    /// <summary>
    /// The audience rule for a service: it gets exactly the document of the audience it delivers to, no wider.
    /// </summary>
    [Authorize(Roles = HfiRoles.Service)]
    public override async Task<DocumentFile> GetDocumentForDelivery(
        GetDocumentForDeliveryRequest request,
        ServerCallContext context
    )
    {
        var id = RequestIds.Parse(request.AttachmentId, "attachment_id");
        if (request.MaxSizeBytes <= 0)
        {
            throw new ValidationFailedException(
                "max_size_bytes",
                Reasons.MaxSizeRequired,
                "Give the largest file size you accept, in bytes."
            );
        }

        var attachment =
            await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, context.CancellationToken)
            ?? throw new NotFoundException(Reasons.DocumentNotFound, $"There is no document {id}.");
        if (attachment.Audience != request.Audience)
        {
            throw new PermissionDeniedException(
                Reasons.DocumentForOtherAudience,
                $"Document {id} is for the audience '{attachment.Audience}', not '{request.Audience}'."
            );
        }

        var versions = db.AttachmentVersions.AsNoTracking().Where(v => v.AttachmentId == id);
        var version =
            await (
                request.NoticeVersion > 0
                    ? versions.Where(v => v.SourceVersion == request.NoticeVersion)
                    : versions.Where(v => v.Version == attachment.LatestVersion)
            )
                .OrderByDescending(v => v.Version)
                .FirstOrDefaultAsync(context.CancellationToken)
            ?? throw new NotFoundException(
                Reasons.DocumentVersionNotFound,
                $"Document {id} has no file rendering notice version {request.NoticeVersion}."
            );
        if (version.SizeBytes > request.MaxSizeBytes)
        {
            throw new InvalidStateException(
                Reasons.DocumentTooLargeToAttach,
                $"Document {id} has {version.SizeBytes} bytes, more than the {request.MaxSizeBytes} asked for."
            );
        }

        await using var content = await store.OpenReadAsync(
            version.BlobId,
            version.SizeBytes,
            context.CancellationToken
        );
        return new DocumentFile
        {
            FileName = version.FileName,
            ContentType = version.ContentType,
            Sha256 = version.Sha256,
            Version = version.Version,
            Content = await ByteString.FromStreamAsync(content, context.CancellationToken),
        };
    }

    /// <summary>
    /// The secretariat's preview (Meetings calls with its token). The generator is internal to Documents, so it is
    /// taken from the request's services rather than this public class's constructor.
    /// </summary>
    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override Task<DocumentFile> RenderPreview(RenderPreviewRequest request, ServerCallContext context) =>
        Task.FromResult(
            DocumentPreview.Render(
                request,
                context.GetHttpContext().RequestServices.GetRequiredService<Generation.DocumentGenerator>()
            )
        );

    private async Task<AttachmentEntity> LoadReadableAsync(string attachmentId, ServerCallContext context)
    {
        var id = RequestIds.Parse(attachmentId, "attachment_id");
        var attachment =
            await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, context.CancellationToken)
            ?? throw new NotFoundException(Reasons.DocumentNotFound, $"There is no document {id}.");
        return ReadAccess.Check(
            Caller.From(context.GetHttpContext().User),
            attachment.Audience,
            attachment.PublicAccess
        ) switch
        {
            ReadVerdict.Allowed => attachment,
            ReadVerdict.SignInRequired => throw new SignInRequiredException(
                Reasons.SignInToReadDocument,
                "Sign in to read this document: it is not open to the public."
            ),
            _ => throw new PermissionDeniedException(
                Reasons.DocumentForOtherAudience,
                $"This document is for the audience '{attachment.Audience}' only."
            ),
        };
    }

    private static Api.Attachment ToDto(AttachmentEntity attachment, AttachmentVersionEntity latest) =>
        new()
        {
            AttachmentId = attachment.Id.ToString(),
            MeetingId = attachment.MeetingId.ToString(),
            FileName = latest.FileName,
            ContentType = latest.ContentType,
            SizeBytes = latest.SizeBytes,
            Sha256 = latest.Sha256,
            Version = latest.Version,
            UploadedAt = Timestamp.FromDateTimeOffset(latest.UploadedAt),
            Title = attachment.Title,
            CaseNumber = attachment.CaseNumber ?? string.Empty,
            Kind = attachment.Kind,
            Audience = attachment.Audience,
            PublicAccess = attachment.PublicAccess.IsPublic ? PublicAccessDto.Public : PublicAccessDto.Exempt,
            ExemptionBasis = attachment.ExemptionBasis ?? string.Empty,
            DownloadPath = AttachmentLibrary.DownloadPath(attachment.Id),
        };

    private static Api.AttachmentVersion ToDto(AttachmentVersionEntity version) =>
        new()
        {
            Version = version.Version,
            FileName = version.FileName,
            ContentType = version.ContentType,
            SizeBytes = version.SizeBytes,
            Sha256 = version.Sha256,
            UploadedAt = Timestamp.FromDateTimeOffset(version.UploadedAt),
            UploadedBy = version.UploadedBy,
            DownloadPath = $"{AttachmentLibrary.DownloadPath(version.AttachmentId)}?version={version.Version}",
        };
}
