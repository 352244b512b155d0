using System.Text;
using Hfi.Documents.Application;
using Hfi.Documents.Domain;
using Hfi.Documents.Domain.Files;
using Hfi.ServiceDefaults.Audit;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Grpc;
using Hfi.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Hfi.Documents.Http;

/// <summary>
/// POST multipart/form-data: the metadata fields (see <see cref="AttachmentMetadata"/>) first, then one file part,
/// which is streamed into the store as it arrives.
/// </summary>
internal static class UploadEndpoint
{
    private const int FieldLimitBytes = 4 * 1024;

    // Room for the multipart boundaries and the metadata fields around the file.
    private const long EnvelopeAllowanceBytes = 256 * 1024;

    public static async Task<IResult> HandleAsync(
        Guid meetingId,
        HttpContext http,
        FileIntake intake,
        AttachmentLibrary library,
        IAuditLog audit,
        CancellationToken cancellationToken
    )
    {
        var request = http.Request;
        var maxRequestBytes = intake.MaxFileBytes + EnvelopeAllowanceBytes;
        if (request.ContentLength > maxRequestBytes)
            throw new FileTooLargeException(intake.MaxFileBytes);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
            bodyLimit.MaxRequestBodySize = maxRequestBytes;

        if (Boundary(request) is not { } boundary)
        {
            return ErrorMapping.Problem(
                StatusCodes.Status415UnsupportedMediaType,
                Reasons.UploadNotMultipart,
                "This type of request cannot carry an upload: send multipart/form-data with the fields first and then the file."
            );
        }

        var reader = new MultipartReader(boundary, request.Body);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            var disposition = section.GetContentDispositionHeader();
            if (disposition is null)
                continue;
            if (disposition.IsFileDisposition())
            {
                var metadata = AttachmentMetadata.Parse(fields);
                var clientName = disposition.FileNameStar.HasValue
                    ? disposition.FileNameStar.Value
                    : disposition.FileName.Value;
                var file = await intake.StoreAsync(section.Body, clientName, cancellationToken);
                var uploader = Caller.From(http.User).Subject ?? "unknown";
                var (attachment, version) = await library.AddUploadAsync(
                    meetingId,
                    metadata,
                    file,
                    uploader,
                    cancellationToken
                );
                await audit.RecordAsync(
                    http,
                    "UploadAttachment",
                    [meetingId.ToString(), attachment.Id.ToString()],
                    $"title={attachment.Title}, audience={attachment.Audience}, file={version.FileName}, version={version.Version}, size={version.SizeBytes}"
                );
                return Results.Created(
                    AttachmentLibrary.DownloadPath(attachment.Id),
                    UploadedAttachment.From(attachment, version)
                );
            }

            var name = disposition.Name.Value ?? string.Empty;
            if (!AttachmentMetadata.FieldNames.Contains(name))
            {
                throw new ValidationFailedException(
                    name,
                    Reasons.UploadUnknownField,
                    $"'{name}' is not a field of an attachment upload."
                );
            }

            fields[name] = await ReadFieldAsync(section, name, cancellationToken);
        }

        throw new ValidationFailedException(
            "file",
            Reasons.UploadHasNoFile,
            "The form has no file part; send the fields first and then the file."
        );
    }

    private static string? Boundary(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
        && contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
        && HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is { Length: > 0 } boundary
            ? boundary
            : null;

    private static async Task<string> ReadFieldAsync(
        MultipartSection section,
        string name,
        CancellationToken cancellationToken
    )
    {
        var buffer = new byte[FieldLimitBytes + 1];
        var read = await section.Body.ReadAtLeastAsync(
            buffer,
            buffer.Length,
            throwOnEndOfStream: false,
            cancellationToken
        );
        if (read > FieldLimitBytes)
        {
            throw new ValidationFailedException(
                name,
                Reasons.UploadFieldTooLong,
                $"The field is longer than {FieldLimitBytes} bytes."
            );
        }

        return Encoding.UTF8.GetString(buffer, 0, read);
    }
}
