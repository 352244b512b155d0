using Hfi.Notifications.Domain;
using Hfi.Notifications.Extensions;
using MimeKit;

namespace Hfi.Notifications.Mail;

/// <summary>
/// The e-mails of one notice. What every recipient's e-mail shares is prepared once (the sender, the subject, the PDF
/// already base64-encoded); each recipient's e-mail gets its own letter (it greets them by name), To, Message-ID
/// and delivery key.
/// </summary>
public sealed class NoticeMessage
{
    private readonly Notice _notice;
    private readonly MailOptions _mail;
    private readonly Uri _publicBaseUrl;
    private readonly NoticeAttachment? _attachment;
    private readonly string _domain;

    public NoticeMessage(Notice notice, MailOptions mail, Uri publicBaseUrl, NoticeAttachment? attachment)
    {
        _notice = notice;
        _mail = mail;
        _publicBaseUrl = publicBaseUrl;
        _attachment = attachment;
        _domain = MailboxAddress.Parse(mail.FromAddress).Domain;
    }

    public MimeMessage Create(Delivery delivery)
    {
        var letter = new TextPart("plain")
        {
            Text = NoticeLetter.Text(_notice, delivery.RecipientName, _publicBaseUrl, _attachment is not null),
        };
        var message = new MimeMessage
        {
            Subject = _notice.Subject,
            Body = _attachment is null ? letter : new Multipart("mixed") { letter, Attached(_attachment) },
            // Stable per delivery: should a crash make us send it again, mail programs show it once.
            MessageId = $"{delivery.Id:N}@{_domain}",
            Date = delivery.CreatedAt,
        };
        message.From.Add(new MailboxAddress(_mail.SenderName, _mail.FromAddress));
        message.To.Add(new MailboxAddress(delivery.RecipientName, delivery.RecipientEmail));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Hfi-Delivery", delivery.IdempotencyKey);
        return message;
    }

    // A part of its own per e-mail (its headers), over the one encoding of the PDF.
    private static EncodedAttachmentPart Attached(NoticeAttachment attachment) =>
        new(attachment)
        {
            ContentTransferEncoding = ContentEncoding.Base64,
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            FileName = attachment.FileName,
        };

    /// <summary>
    /// The PDF's part, its base64 written as encoded once for the notice (with the message's line ends): MimeKit
    /// would otherwise copy the ~100 KB through its line-end filter for every e-mail, the largest share of an e-mail's
    /// CPU. It has no <see cref="MimePart.Content"/>, so MimeKit writes its headers only and this the content.
    /// </summary>
    private sealed class EncodedAttachmentPart(NoticeAttachment attachment)
        : MimePart(ContentType.Parse(attachment.ContentType))
    {
        public override void WriteTo(
            FormatOptions options,
            Stream stream,
            bool contentOnly,
            CancellationToken cancellationToken = default
        )
        {
            base.WriteTo(options, stream, contentOnly, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            stream.Write(attachment.Base64For(options.NewLineFormat));
        }

        public override async Task WriteToAsync(
            FormatOptions options,
            Stream stream,
            bool contentOnly,
            CancellationToken cancellationToken = default
        )
        {
            await base.WriteToAsync(options, stream, contentOnly, cancellationToken);
            await stream.WriteAsync(attachment.Base64For(options.NewLineFormat), cancellationToken);
        }
    }
}
