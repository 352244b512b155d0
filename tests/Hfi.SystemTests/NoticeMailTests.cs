using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Hfi.ServiceDefaults;
using Hfi.ServiceDefaults.Identity;
using MimeKit;

namespace Hfi.SystemTests;

/// <summary>
/// A notice the secretariat issues through the gateway reaches each member as mail caught by the AppHost's mail
/// catcher, with the PDF Documents rendered for the member's audience attached.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class NoticeMailTests(RunningSystem system)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task An_issued_notice_lands_in_the_maildir_the_dashboard_names_with_its_audiences_pdf_and_the_absence_link()
    {
        using var secretariat = system.CreateClient(system.Tokens.Issue("sekretariat-system", HfiRoles.Secretariat));
        var tag = Guid.NewGuid().ToString("N")[..8];
        var arenaId = await secretariat.CreateArenaAsync($"Fagråd e-post {tag}");
        var hospitalEmail = $"per.{tag}@sykehuset-innlandet.test";
        var municipalEmail = $"kari.{tag}@hamar.kommune.test";
        await secretariat.AddMemberAsync(
            arenaId,
            "Per Sykehus",
            hospitalEmail,
            "sykehuset-innlandet",
            "MEMBER_KIND_HOSPITAL_REPRESENTATIVE"
        );
        await secretariat.AddMemberAsync(
            arenaId,
            "Kari Kommune",
            municipalEmail,
            "hamar",
            "MEMBER_KIND_MUNICIPAL_REPRESENTATIVE"
        );
        var meetingId = await secretariat.CreateMeetingAsync(arenaId, $"Fagråd e-post {tag}");
        await secretariat.AddItemAsync(meetingId, "Orientering om samhandlingsstatistikk", "all-members");
        await secretariat.AddItemAsync(meetingId, "Kommunalt budsjett for samarbeidet", "municipal-representatives");

        (await secretariat.PostAsJsonAsync($"/api/meetings/{meetingId}/notice", new { })).EnsureSuccessStatusCode();

        var hospitalMail = await WaitForMailAsync(hospitalEmail);
        var municipalMail = await WaitForMailAsync(municipalEmail);
        var pdfs = await NoticePdfsAsync(secretariat, meetingId);
        var body = Assert.IsType<string>(hospitalMail.TextBody).ReplaceLineEndings("\n");
        Assert.StartsWith("Innkalling", hospitalMail.Subject, StringComparison.Ordinal);
        Assert.Contains("Hei Per Sykehus,", body, StringComparison.Ordinal);
        Assert.Contains("Orientering om samhandlingsstatistikk", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Kommunalt budsjett", body, StringComparison.Ordinal);
        Assert.Contains(
            $"Meld forfall: {system.Gateway.ToString().TrimEnd('/')}/moter/{meetingId}/forfall",
            body,
            StringComparison.Ordinal
        );
        Assert.NotEqual(pdfs["all-members"], pdfs["municipal-representatives"]);
        Assert.Equal(pdfs["all-members"], await AttachedPdfAsync(hospitalMail));
        Assert.Equal(pdfs["municipal-representatives"], await AttachedPdfAsync(municipalMail));
    }

    /// <summary>The SHA-256 of the notice PDF per audience, as Documents lists them to the secretariat.</summary>
    private static async Task<Dictionary<string, string>> NoticePdfsAsync(HttpClient secretariat, string meetingId)
    {
        var listed = await secretariat.GetFromJsonAsync<JsonElement>(
            $"/api/documents/meetings/{meetingId}/attachments"
        );
        return listed
            .GetProperty("attachments")
            .EnumerateArray()
            .Where(a =>
                a.GetProperty("kind").GetString() == "notice"
                && a.GetProperty("contentType").GetString() == "application/pdf"
            )
            .ToDictionary(a => a.GetProperty("audience").GetString()!, a => a.GetProperty("sha256").GetString()!);
    }

    private static async Task<string> AttachedPdfAsync(MimeMessage mail)
    {
        var pdf = Assert.IsType<MimePart>(Assert.Single(mail.Attachments));
        Assert.Equal("application/pdf", pdf.ContentType.MimeType);
        using var content = new MemoryStream();
        await Assert.IsType<MimeContent>(pdf.Content).DecodeToAsync(content);
        return Convert.ToHexStringLower(SHA256.HashData(content.ToArray()));
    }

    private async Task<MimeMessage> WaitForMailAsync(string recipient)
    {
        var folder = CaughtMailFolder();
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder) : [])
            {
                var message = await MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(to => to.Address == recipient))
                    return message;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"No mail to {recipient} reached {folder} within {Patience.TotalSeconds:0} s.");
    }

    /// <summary>The folder the mail catcher's resource says caught mail is read from.</summary>
    private string CaughtMailFolder() => system.CaughtMailFolder;
}
