using Hfi.Notifications.Domain;
using Hfi.Notifications.Extensions;
using MimeKit;

namespace Hfi.Notifications.Mail;

/// <summary>The e-mail of one delivery.</summary>
public static class NoticeMessage
{
    public static MimeMessage Create(Notice notice, Delivery delivery, MailOptions mail, Uri publicBaseUrl, NoticeAttachment? attachment)
    {
        var body = new BodyBuilder { TextBody = NoticeLetter.Text(notice, delivery.RecipientName, publicBaseUrl, attachment is not null) };
        if (attachment is not null) body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        var message = new MimeMessage
        {
            Subject = notice.Subject,
            Body = body.ToMessageBody(),
            // Stable per delivery: should a crash make us send it again, mail programs show it once.
            MessageId = $"{delivery.Id:N}@{MailboxAddress.Parse(mail.FromAddress).Domain}",
            Date = delivery.CreatedAt,
        };
        message.From.Add(new MailboxAddress(mail.SenderName, mail.FromAddress));
        message.To.Add(new MailboxAddress(delivery.RecipientName, delivery.RecipientEmail));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Hfi-Delivery", delivery.IdempotencyKey);
        return message;
    }
}
