using Grpc.Core;
using Grpc.Net.ClientFactory;
using Hfi.Documents.Api;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Extensions;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.IO;
using MimeKit.IO.Filters;

namespace Hfi.Notifications.Mail;

/// <summary>A document to attach to an e-mail, as Documents stored it.</summary>
public sealed record NoticeAttachment(string FileName, string ContentType, byte[] Content)
{
    private byte[]? _base64;

    /// <summary>The content as e-mail carries it: encoded once for all the notice's e-mails, not once each.</summary>
    public byte[] Base64 => _base64 ??= Encode(Content);

    private static byte[] Encode(byte[] content)
    {
        using var encoded = new MemoryStream();
        using (var filtered = new FilteredStream(encoded))
        {
            filtered.Add(EncoderFilter.Create(ContentEncoding.Base64));
            filtered.Write(content);
            filtered.Flush();
        }
        return encoded.ToArray();
    }
}

/// <summary>
/// Fetches the PDF each notice is about from Documents (as this service, naming the notice's audience and version,
/// so an e-mail can only ever carry its own audience's version). A notice without its PDF yet, with one larger
/// than Mail:MaxAttachmentBytes, or whose PDF cannot be fetched now, gets none: its e-mails link to the PDF instead.
/// </summary>
public sealed partial class NoticeAttachments(
    GrpcClientFactory clients,
    IMemoryCache cache,
    IOptions<MailOptions> mailOptions,
    ILogger<NoticeAttachments> logger
)
{
    // A notice's e-mails go out over many batches: its PDF (or the finding that there is none) is fetched once for them.
    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(5);

    private MailOptions Mail => mailOptions.Value;

    /// <returns>The attachment per notice id, for the notices that get one.</returns>
    public async Task<IReadOnlyDictionary<Guid, NoticeAttachment>> FetchAsync(
        IEnumerable<(Notice Notice, PublishedDocument Document)> notices,
        CancellationToken cancellationToken
    )
    {
        var attachments = new Dictionary<Guid, NoticeAttachment>();
        if (Mail.MaxAttachmentBytes == 0)
            return attachments;

        foreach (var (notice, document) in notices)
        {
            var attachment = await cache.GetOrCreateAsync(
                (nameof(NoticeAttachments), notice.Id),
                entry =>
                {
                    entry.AbsoluteExpirationRelativeToNow = Remembered;
                    return FetchAsync(notice, document, cancellationToken);
                }
            );
            if (attachment is not null)
                attachments[notice.Id] = attachment;
        }
        return attachments;
    }

    private async Task<NoticeAttachment?> FetchAsync(
        Notice notice,
        PublishedDocument document,
        CancellationToken cancellationToken
    )
    {
        try
        {
            // Made per call, as the client factory intends: its handlers are recycled, a long-lived client's are not.
            var documents = clients.CreateClient<DocumentsApi.DocumentsApiClient>(
                nameof(DocumentsApi.DocumentsApiClient)
            );
            var file = await documents.GetDocumentForDeliveryAsync(
                new GetDocumentForDeliveryRequest
                {
                    AttachmentId = document.DocumentId.ToString(),
                    Audience = notice.Audience,
                    MaxSizeBytes = Mail.MaxAttachmentBytes,
                    NoticeVersion = notice.NoticeVersion ?? 0,
                },
                // Documents gets as long as the mail server to answer: the e-mails wait meanwhile.
                deadline: DateTime.UtcNow + Mail.ConnectTimeout,
                cancellationToken: cancellationToken
            );
            return new NoticeAttachment(file.FileName, file.ContentType, file.Content.ToByteArray());
        }
        catch (RpcException ex) when (ex.StatusCode is not StatusCode.Cancelled)
        {
            LogLinkedInstead(notice.Id, document.DocumentId, ex.StatusCode, ex.Status.Detail);
            return null;
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Notice {NoticeId}: document {DocumentId} is linked, not attached ({StatusCode}: {Detail})"
    )]
    private partial void LogLinkedInstead(Guid noticeId, Guid documentId, StatusCode statusCode, string detail);
}
