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

    // A part of its own per e-mail (a part's content is read as it is sent), over the one encoding of the PDF.
    private static MimePart Attached(NoticeAttachment attachment) =>
        new(ContentType.Parse(attachment.ContentType))
        {
            Content = new MimeContent(new MemoryStream(attachment.Base64, writable: false), ContentEncoding.Base64),
            ContentTransferEncoding = ContentEncoding.Base64,
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            FileName = attachment.FileName,
        };
}
