using Hfi.Documents.Data;
using Hfi.Documents.Domain.Access;
using Hfi.Documents.Storage;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Hfi.Documents.Http;

/// <summary>
/// GET a document's newest version, or ?version=n: streamed from the store, after the audience and
/// public-records check, with the SHA-256 as ETag and Repr-Digest.
/// </summary>
internal static class DownloadEndpoint
{
    public static async Task<IResult> HandleAsync(
        Guid attachmentId,
        int? version,
        HttpContext http,
        DocumentsDbContext db,
        IAttachmentStore store,
        CancellationToken cancellationToken
    )
    {
        var attachment =
            await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId, cancellationToken)
            ?? throw new NotFoundException(Reasons.DocumentNotFound, $"There is no document {attachmentId}.");

        switch (ReadAccess.Check(Caller.From(http.User), attachment.Audience, attachment.PublicAccess))
        {
            case ReadVerdict.SignInRequired:
                return Results.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    detail: "Sign in to read this document: it is not open to the public."
                );
            case ReadVerdict.OutsideAudience:
                return Results.Problem(
                    statusCode: StatusCodes.Status403Forbidden,
                    detail: $"This document is for the audience '{attachment.Audience}' only."
                );
        }

        var wanted = version ?? attachment.LatestVersion;
        var file =
            await db
                .AttachmentVersions.AsNoTracking()
                .SingleOrDefaultAsync(v => v.AttachmentId == attachmentId && v.Version == wanted, cancellationToken)
            ?? throw new NotFoundException(
                Reasons.DocumentVersionNotFound,
                $"Document {attachmentId} has no version {wanted}; its newest is {attachment.LatestVersion}."
            );

        var etag = new EntityTagHeaderValue($"\"{file.Sha256}\"");
        var headers = http.Response.Headers;
        headers.CacheControl = "private, no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(file.Sha256))}:";
        headers["X-Document-Version"] = file.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(file.FileName);
        headers.ContentDisposition = disposition.ToString();

        var content = await store.OpenReadAsync(file.BlobId, file.SizeBytes, cancellationToken);
        return Results.Stream(content, file.ContentType, entityTag: etag, enableRangeProcessing: false);
    }
}
