using System.Collections.Concurrent;
using MimeKit;

namespace Hfi.SystemTests.Chaos;

/// <summary>
/// One caught e-mail as its headers tell it: whom it went to, for which notice event, under which Message-ID.
/// </summary>
internal sealed record CaughtMessage(
    string File,
    string Recipient,
    string NoticeEvent,
    string MessageId,
    string Subject
);

/// <summary>
/// Counts the mail catcher's Maildir (<c>new/</c>, one file per message) by recipient and notice event (the
/// <c>X-Hfi-Delivery</c> header: event id, recipient and channel; each notice version is an event of its own).
/// </summary>
internal sealed class CaughtMail(string folder)
{
    private readonly ConcurrentDictionary<string, CaughtMessage?> _read = new();

    public int FileCount => Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Count() : 0;

    /// <summary>
    /// Every caught message to an address ending in <paramref name="domain"/> (headers only; each file read once).
    /// </summary>
    public async Task<IReadOnlyList<CaughtMessage>> ToAsync(string domain)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Where(file => !_read.ContainsKey(file)))
        {
            await using var stream = File.OpenRead(file);
            var headers = await HeaderList.LoadAsync(stream);
            var delivery = headers["X-Hfi-Delivery"] ?? string.Empty;
            var recipient = InternetAddressList.TryParse(headers[HeaderId.To] ?? string.Empty, out var to)
                ? to.Mailboxes.FirstOrDefault()?.Address ?? string.Empty
                : string.Empty;
            _read[file] = new CaughtMessage(
                file,
                recipient.ToLowerInvariant(),
                delivery.Split(':')[0],
                headers[HeaderId.MessageId] ?? string.Empty,
                headers[HeaderId.Subject] ?? string.Empty
            );
        }

        return
        [
            .. _read
                .Values.OfType<CaughtMessage>()
                .Where(message => message.Recipient.EndsWith(domain, StringComparison.Ordinal)),
        ];
    }

    /// <summary>
    /// When the folder last grew after <paramref name="since"/> (the first file written after it), if it did.
    /// </summary>
    public DateTimeOffset? FirstAfter(DateTimeOffset since) =>
        Directory
            .EnumerateFiles(folder)
            .Select(file => new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero))
            .Where(written => written > since)
            .Order()
            .Cast<DateTimeOffset?>()
            .FirstOrDefault();
}
