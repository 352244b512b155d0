using System.Diagnostics;
using System.Globalization;

namespace Hfi.SystemBench;

/// <summary>
/// The notice end to end: from the secretariat's request through the gateway until the last of its e-mails is a file
/// in the mail catcher's maildir (Meetings, the outbox, RabbitMQ, Notifications' recipient lookup in Planning, the
/// PDFs from Documents, SMTP). Prints NOTICE_SECONDS=…, NOTICE_MAILS=… and NOTICE_ISSUED_AT=… (Unix seconds, when
/// the request was sent, for the breakdown of where the time went) for bench/run.sh.
/// </summary>
internal static class NoticeTiming
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    public static async Task<int> RunAsync(
        Uri gateway,
        BenchTokens tokens,
        string meetingId,
        string maildir,
        int recipients
    )
    {
        using var secretariat = GatewayRequests.Client(gateway, tokens.Secretariat);
        var before = CaughtMails(maildir);
        var issuedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await GatewayRequests.SendAsync(secretariat, HttpMethod.Post, $"/api/meetings/{meetingId}/notice", new { });

        var caught = 0;
        while (clock.Elapsed < Patience && (caught = CaughtMails(maildir) - before) < recipients)
        {
            await Task.Delay(Poll);
        }

        var reached = caught >= recipients;
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"NOTICE_SECONDS={(reached ? clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) : "timeout")}"
            )
        );
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"NOTICE_MAILS={caught}"));
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"NOTICE_ISSUED_AT={issuedAt.ToUnixTimeMilliseconds() / 1000.0:F3}"
            )
        );
        return reached ? 0 : 1;
    }

    /// <summary>Delivered messages: the catcher writes each to tmp/ and moves it into new/ when complete.</summary>
    private static int CaughtMails(string maildir)
    {
        var folder = Path.Combine(maildir, "new");
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Count() : 0;
    }
}
