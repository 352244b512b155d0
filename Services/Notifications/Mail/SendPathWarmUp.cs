using Hfi.Notifications.Domain;
using Hfi.Notifications.Extensions;
using Hfi.ServiceDefaults.Domain;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Hfi.Notifications.Mail;

/// <summary>
/// Builds and writes out e-mails in memory (nothing is sent) once, when this process accepts its first notice: a
/// fresh process otherwise builds its first notice's e-mails on MimeKit's code as the JIT first compiles it (tier 0,
/// and compiled again meanwhile), at about half a warm process's rate. The notice waits for its recipients and its
/// PDF first, so the warm-up takes its time, not the e-mails'; not at start-up, where the code would only add to an
/// idle service's memory.
/// </summary>
public sealed class SendPathWarmUp(IOptions<MailOptions> mailOptions, IOptions<WebOptions> webOptions)
{
    // Past the JIT's 30 calls that make a method hot enough to be compiled again, optimised.
    private const int Rounds = 40;

    private int _started;

    /// <summary>Warms up in the background, once per process.</summary>
    public void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
            _ = Task.Run(RunAsync);
    }

    public async Task RunAsync()
    {
        var mail = mailOptions.Value;
        var now = DateTimeOffset.UtcNow;
        var notice = new Notice
        {
            Id = Guid.NewGuid(),
            Kind = NoticeKind.MeetingNotice,
            ArenaId = "oppvarming",
            Audience = Audiences.AllMembers,
            Subject = "Innkalling: Strategisk samarbeidsutvalg, torsdag 17. oktober",
            Body = "Du innkalles til møtet.\n\nSaksliste:\n16:15  Sak 01.24 Godkjenning av innkalling (2 min)\n",
            CreatedAt = now,
            OccurredAt = now,
            DocumentPath = "/api/documents/files/oppvarming",
        };
        var pdf = new NoticeAttachment("Innkalling.pdf", PublishedDocument.PdfMediaType, new byte[16 * 1024]);
        var messages = new NoticeMessage(notice, mail, webOptions.Value.PublicBaseUrl!, pdf);
        var linked = new NoticeMessage(notice, mail, webOptions.Value.PublicBaseUrl!, attachment: null);
        // As MailKit writes a message to the server (CRLF line ends).
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        format.EnsureNewLine = true;
        for (var round = 0; round < Rounds; round++)
        {
            var recipient = new Recipient($"m{round}", $"Medlem Ødegård {round}", $"m.{round}@kommune.test", true);
            var delivery = Delivery.Create(notice.Id, recipient, Channel.Email, now, now);
            await messages.Create(delivery).WriteToAsync(format, Stream.Null);
            await linked.Create(delivery).WriteToAsync(format, Stream.Null);
        }
    }
}
