using System.Net.Http.Json;
using System.Text.Json;
using Hfi.ServiceDefaults.Identity;
using Microsoft.Playwright;

namespace Hfi.SystemTests.Browser;

/// <summary>
/// A link from an e-mail, opened by a reader who is not signed in, leads through sign-in to the page or document.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class EmailLinkTests(RunningSystem system, Chromium chromium)
{
    [Fact]
    public async Task The_document_and_absence_links_of_a_notice_lead_an_anonymous_reader_through_sign_in_and_on()
    {
        using var secretariat = system.CreateClient(system.Tokens.Issue("sekretariat-system", HfiRoles.Secretariat));
        var tag = Guid.NewGuid().ToString("N")[..8];
        var arenaId = await secretariat.CreateArenaAsync($"Fagråd lenker {tag}");
        var meetingId = await secretariat.CreateMeetingAsync(arenaId, $"Fagråd lenker {tag}");
        await secretariat.AddItemAsync(meetingId, "Kommunalt budsjett for samarbeidet", "municipal-representatives");
        (await secretariat.PostAsJsonAsync($"/api/meetings/{meetingId}/notice", new { })).EnsureSuccessStatusCode();
        string? pdfId = null;
        for (
            var deadline = DateTime.UtcNow.AddSeconds(90);
            pdfId is null && DateTime.UtcNow < deadline;
            await Task.Delay(250)
        )
        {
            pdfId = MunicipalNoticePdf(
                await secretariat.GetFromJsonAsync<JsonElement>($"/api/documents/meetings/{meetingId}/attachments")
            );
        }

        Assert.NotNull(pdfId);

        await using var reader = await WebUser.OpenAsync(await chromium.BrowserAsync(), system.Gateway);
        var page = reader.Page;
        await page.GotoAsync($"/dokumenter/{pdfId}");
        await page.WaitForURLAsync("**/logg-inn?neste=*");
        await page.Locator("#bruker-kommune-hamar").CheckAsync();
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync()
        );

        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.EndsWith($"/dokumenter/{pdfId}", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);

        await using var absent = await WebUser.OpenAsync(await chromium.BrowserAsync(), system.Gateway);
        await absent.Page.GotoAsync($"/moter/{meetingId}/forfall");
        await absent.Page.WaitForURLAsync("**/logg-inn?neste=*");
        await absent.Page.Locator("#bruker-sykehus").CheckAsync();
        await absent.Page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync();
        await absent.WaitUntilShownAsync($"/moter/{meetingId}/forfall");
        Assert.Empty(reader.ScriptErrors);
        Assert.Empty(absent.ScriptErrors);
    }

    private static string? MunicipalNoticePdf(JsonElement listed) =>
        listed
            .GetProperty("attachments")
            .EnumerateArray()
            .Where(a =>
                a.GetProperty("kind").GetString() == "notice"
                && a.GetProperty("contentType").GetString() == "application/pdf"
                && a.GetProperty("audience").GetString() == "municipal-representatives"
            )
            .Select(a => a.GetProperty("attachmentId").GetString())
            .FirstOrDefault();
}
