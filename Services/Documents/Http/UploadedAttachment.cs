using Hfi.Documents.Application;
using Hfi.Documents.Domain;

namespace Hfi.Documents.Http;

/// <summary>The answer to an upload: which attachment and version the file became, and its hash.</summary>
internal sealed record UploadedAttachment(
    Guid AttachmentId,
    Guid MeetingId,
    int Version,
    string Title,
    string FileName,
    string ContentType,
    long SizeBytes,
    string Sha256,
    string Audience,
    string PublicAccess,
    string? ExemptionBasis,
    string DownloadPath
)
{
    public static UploadedAttachment From(Attachment attachment, AttachmentVersion version) =>
        new(
            attachment.Id,
            attachment.MeetingId,
            version.Version,
            attachment.Title,
            version.FileName,
            version.ContentType,
            version.SizeBytes,
            version.Sha256,
            attachment.Audience,
            attachment.PublicAccess.IsPublic
                ? Domain.Access.PublicAccess.PublicValue
                : Domain.Access.PublicAccess.ExemptValue,
            attachment.ExemptionBasis,
            AttachmentLibrary.DownloadPath(attachment.Id)
        );
}
