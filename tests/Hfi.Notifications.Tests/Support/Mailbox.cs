using Hfi.Hosting.Servers;
using Hfi.Testing;
using MimeKit;

namespace Hfi.Notifications.Tests.Support;

public static class Mailbox
{
    /// <summary>
    /// Waits until the sink has caught at least <paramref name="count"/> messages and returns them all.
    /// </summary>
    public static Task<IReadOnlyList<MimeMessage>> WaitForAsync(
        SmtpSinkServer sink,
        int count,
        TimeSpan? timeout = null
    ) =>
        Eventually.Get(
            () => sink.ReadMessagesAsync(),
            messages => messages.Count >= count,
            $"{count} e-mails in the SMTP sink",
            timeout
        );

    public static string Recipient(MimeMessage message) => message.To.Mailboxes.Single().Address;

    /// <summary>How many messages each address received.</summary>
    public static Dictionary<string, int> CountByRecipient(IEnumerable<MimeMessage> messages) =>
        messages
            .GroupBy(Recipient, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
}
