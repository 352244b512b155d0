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
    private byte[]? _base64Crlf;

    /// <summary>The content as e-mail carries it: encoded once for all the notice's e-mails, not once each.</summary>
    public byte[] Base64 => _base64 ??= Encode(Content);

    /// <summary><see cref="Base64"/> with the line ends a message is written with (CRLF over SMTP).</summary>
    public byte[] Base64For(NewLineFormat lineEnds) =>
        lineEnds == NewLineFormat.Dos ? _base64Crlf ??= WithCrlf(Base64) : Base64;

    private static byte[] WithCrlf(byte[] lines)
    {
        var crlf = new byte[lines.Length + lines.AsSpan().Count((byte)'\n')];
        var at = 0;
        foreach (var b in lines)
        {
            if (b == '\n')
                crlf[at++] = (byte)'\r';
            crlf[at++] = b;
        }
        return crlf;
    }

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
/// A PDF is fetched once for all the batches of its notice's e-mails, and may be fetched ahead of them
/// (<see cref="Prefetch"/>, when Documents publishes it), so the first batch finds it fetched or on its way.
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

    private readonly Lock _starting = new();

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
            var request = new Request(document.DocumentId, notice.Audience, notice.NoticeVersion ?? 0);
            var fetching = Fetching(request);
            NoticeAttachment? attachment;
            try
            {
                attachment = await fetching.WaitAsync(cancellationToken);
            }
            catch when (fetching.IsFaulted || fetching.IsCanceled)
            {
                cache.Remove(request); // not remembered: the next batch asks again
                throw;
            }
            if (attachment is not null)
                attachments[notice.Id] = attachment;
        }
        return attachments;
    }

    /// <summary>
    /// Starts fetching a just published notice PDF for the e-mails that will carry it (its audience's and version's),
    /// while they are released or their recipients still looked up. Its outcome is shared with the batches as their
    /// own fetch's would be: an error Documents answers is logged and remembered as no attachment (the e-mails link
    /// to the PDF); a fetch that faulted is asked again by the next batch.
    /// </summary>
    public void Prefetch(PublishedDocument document)
    {
        if (Mail.MaxAttachmentBytes == 0)
            return;
        _ = Fetching(new Request(document.DocumentId, document.Audience, document.NoticeVersion ?? 0));
    }

    /// <summary>The one fetch of a PDF for every batch that asks for it, started by the first to ask.</summary>
    private Task<NoticeAttachment?> Fetching(Request request)
    {
        lock (_starting)
        {
            return cache.GetOrCreate(
                request,
                entry =>
                {
                    entry.AbsoluteExpirationRelativeToNow = Remembered;
                    return FetchAsync(request);
                }
            )!;
        }
    }

    private async Task<NoticeAttachment?> FetchAsync(Request request)
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
                    AttachmentId = request.DocumentId.ToString(),
                    Audience = request.Audience,
                    MaxSizeBytes = Mail.MaxAttachmentBytes,
                    NoticeVersion = request.NoticeVersion,
                },
                // Documents gets as long as the mail server to answer: the e-mails wait meanwhile. Not cancelled by
                // one batch's shutdown: the fetch is shared.
                deadline: DateTime.UtcNow + Mail.ConnectTimeout
            );
            return new NoticeAttachment(file.FileName, file.ContentType, file.Content.ToByteArray());
        }
        catch (RpcException ex) when (ex.StatusCode is not StatusCode.Cancelled)
        {
            LogLinkedInstead(request.DocumentId, request.Audience, ex.StatusCode, ex.Status.Detail);
            return null;
        }
    }

    /// <summary>
    /// For the fan-out bench: a notice's PDF as if fetched already (as after the notice's first batch).
    /// </summary>
    internal void Remember(Notice notice, PublishedDocument document, NoticeAttachment attachment) =>
        cache.Set(
            new Request(document.DocumentId, notice.Audience, notice.NoticeVersion ?? 0),
            Task.FromResult<NoticeAttachment?>(attachment),
            Remembered
        );

    /// <summary>What Documents is asked for: the cache's key (a type of its own, so no other entry collides).</summary>
    private sealed record Request(Guid DocumentId, string Audience, int NoticeVersion);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Document {DocumentId} ({Audience}) is linked, not attached ({StatusCode}: {Detail})"
    )]
    private partial void LogLinkedInstead(Guid documentId, string audience, StatusCode statusCode, string detail);
}
