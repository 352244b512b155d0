using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hfi.ServiceDefaults.Identity;
using Microsoft.Playwright;

namespace Hfi.SystemTests.Browser;

/// <summary>
/// Lists longer than one page in the browser: the first page, then «Vis flere …» for the rest until every item is
/// shown and the button goes away. The delivery log of a notice to more recipients than a page, an arena's seats
/// (whose vara come last in the list and go under their seat), and a meeting's attachments.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PagedListsTests(RunningSystem system, Chromium chromium)
{
    private const int PageSize = 100; // the default page of deliveries, members and attachments

    [Fact]
    public async Task A_notices_delivery_log_shows_a_page_at_a_time_and_vis_flere_leveringer_shows_the_rest()
    {
        using var api = system.CreateClient(system.Tokens.Issue("sekretariat-leveringslogg", HfiRoles.Secretariat));
        var tag = Guid.NewGuid().ToString("N")[..8];
        var arenaId = await api.CreateArenaAsync($"Leveringslogg {tag}");
        const int recipients = PageSize + 5;
        for (var n = 1; n <= recipients; n++)
        {
            await api.AddMemberAsync(
                arenaId,
                Numbered("Mottaker", n),
                $"mottaker{n}.{tag}@hamar.kommune.test",
                "hamar",
                Municipal
            );
        }

        var meetingId = await api.CreateMeetingAsync(arenaId, $"Leveringslogg {tag}");
        await api.AddItemAsync(meetingId, "Orientering om leveringsloggen", "all-members");
        (await api.PostAsJsonAsync($"/api/meetings/{meetingId}/notice", new { })).EnsureSuccessStatusCode();
        var deliveries = 0;
        for (var deadline = DateTime.UtcNow.AddSeconds(90); deliveries < recipients; await Task.Delay(500))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{deliveries} of {recipients} deliveries logged in 90 s.");
            deliveries = await DeliveryCountAsync(api, meetingId);
        }

        await using var secretariat = await WebUser.SignInAsync(
            await chromium.BrowserAsync(),
            system.Gateway,
            "sekretariat"
        );
        var page = secretariat.Page;
        await secretariat.GoToAsync($"/moter/{meetingId}/innkalling");
        var rows = page.GetByRole(AriaRole.Table, new() { Name = "Leveringslogg for" }).Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(PageSize);
        await Assertions.Expect(rows.First).ToContainTextAsync(Numbered("Mottaker", 1));
        await secretariat.ScreenshotAsync("leveringslogg-side-1");

        var more = page.GetByRole(AriaRole.Button, new() { Name = "Vis flere leveringer" });
        for (var shown = PageSize; shown < deliveries; shown += PageSize)
        {
            await more.ClickAsync();
            await Assertions.Expect(rows).ToHaveCountAsync(Math.Min(deliveries, shown + PageSize));
        }
        await Assertions.Expect(more).ToBeHiddenAsync();
        await Assertions.Expect(rows.Last).ToContainTextAsync(Numbered("Mottaker", recipients));
        await Assertions.Expect(page.Locator("#melding")).ToContainTextAsync("Nå vises alle.");
        await secretariat.ScreenshotAsync("leveringslogg-alle");
        Assert.Empty(secretariat.ScriptErrors);
    }

    [Fact]
    public async Task An_arenas_seats_show_a_page_at_a_time_and_a_vara_on_a_later_page_goes_under_their_seat()
    {
        using var api = system.CreateClient(system.Tokens.Issue("sekretariat-seter", HfiRoles.Secretariat));
        var tag = Guid.NewGuid().ToString("N")[..8];
        var arenaName = $"Seter {tag}";
        var arenaId = await api.CreateArenaAsync(arenaName);
        const int seats = PageSize + 2;
        for (var n = 1; n <= seats; n++)
        {
            await api.AddMemberAsync(
                arenaId,
                Numbered("Medlem", n),
                $"medlem{n}.{tag}@hamar.kommune.test",
                "hamar",
                Municipal
            );
        }

        // The person of the second page's first seat sits in another arena too: «Sitter også i» for that page.
        var otherName = $"Fagråd {tag}";
        var otherId = await api.CreateArenaAsync(otherName);
        var elsewhere = PageSize + 1;
        await api.AddMemberAsync(
            otherId,
            Numbered("Medlem", elsewhere),
            $"Medlem{elsewhere}.{tag}@Hamar.kommune.test",
            "hamar",
            Municipal
        );
        var firstSeat = await MemberIdAsync(api, arenaId, Numbered("Medlem", 1));
        var vara = await api.PostAsJsonAsync(
            $"/api/planning/arenas/{arenaId}/members",
            new
            {
                personName = "Vera Vara",
                email = $"vera.{tag}@hamar.kommune.test",
                partnerId = "hamar",
                kind = Municipal,
                role = "MEMBER_ROLE_SUBSTITUTE",
                substituteForMemberId = firstSeat,
                substituteRank = 1,
                termFrom = "2024-01-01",
            }
        );
        Assert.True(vara.IsSuccessStatusCode, await vara.Content.ReadAsStringAsync());

        await using var secretariat = await WebUser.SignInAsync(
            await chromium.BrowserAsync(),
            system.Gateway,
            "sekretariat"
        );
        var page = secretariat.Page;
        await secretariat.GoToAsync($"/medlemmer?arena={arenaId}");
        var table = page.GetByRole(AriaRole.Table, new() { Name = $"Seter i {arenaName}" });
        var rows = table.Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(PageSize);
        await Assertions.Expect(page.GetByText($"{PageSize} seter, {PageSize} med stemmerett")).ToBeVisibleAsync();
        await Assertions.Expect(rows.First).ToContainTextAsync("Ingen vara");
        await secretariat.ScreenshotAsync("medlemmer-side-1");

        await page.GetByRole(AriaRole.Button, new() { Name = "Vis flere medlemmer" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(seats);
        await Assertions.Expect(rows.First.Locator("ol li")).ToContainTextAsync("Vera Vara");
        await Assertions.Expect(rows.Last).ToContainTextAsync(Numbered("Medlem", seats));
        await Assertions.Expect(rows.Nth(elsewhere - 1)).ToContainTextAsync(otherName);
        await Assertions.Expect(rows.Nth(elsewhere - 2)).Not.ToContainTextAsync(otherName);
        await Assertions.Expect(page.GetByText($"{seats} seter, {seats} med stemmerett")).ToBeVisibleAsync();
        // The other arenas are asked once a page, for that page's people only: no other arena's members are read.
        var urls = secretariat.ApiAnswers.Select(a => a.Url).ToList();
        Assert.Equal(2, urls.Count(u => u.Contains($"/arenas/{arenaId}/other-seats?", StringComparison.Ordinal)));
        Assert.DoesNotContain(
            urls,
            u => u.Contains("/members", StringComparison.Ordinal) && !u.Contains(arenaId, StringComparison.Ordinal)
        );
        await Assertions
            .Expect(page.GetByRole(AriaRole.Button, new() { Name = "Vis flere medlemmer" }))
            .ToBeHiddenAsync();
        // A seat from the second page can be given a vara: the form's list grows with the table.
        await Assertions
            .Expect(page.Locator("#medlemsskjema").GetByLabel("Vara for").Locator("option"))
            .ToHaveCountAsync(seats + 1);
        await secretariat.ScreenshotAsync("medlemmer-alle");
        Assert.Empty(secretariat.ScriptErrors);
    }

    [Fact]
    public async Task A_meetings_attachments_show_a_page_at_a_time_and_vis_flere_vedlegg_shows_the_rest()
    {
        using var api = system.CreateClient(system.Tokens.Issue("sekretariat-vedlegg", HfiRoles.Secretariat));
        var tag = Guid.NewGuid().ToString("N")[..8];
        var arenaId = await api.CreateArenaAsync($"Vedlegg {tag}");
        var meetingId = await api.CreateMeetingAsync(arenaId, $"Vedlegg {tag}");
        const int attachments = PageSize + 3;
        for (var n = 1; n <= attachments; n++)
        {
            var content = new ByteArrayContent(Encoding.ASCII.GetBytes($"%PDF-1.4\n% vedlegg {n} {tag}\n%%EOF\n"));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            using var form = new MultipartFormDataContent { { content, "file", $"{Numbered("Vedlegg", n)}.pdf" } };
            using var uploaded = await api.PostAsync($"/api/documents/meetings/{meetingId}/attachments", form);
            Assert.True(uploaded.IsSuccessStatusCode, await uploaded.Content.ReadAsStringAsync());
        }

        await using var secretariat = await WebUser.SignInAsync(
            await chromium.BrowserAsync(),
            system.Gateway,
            "sekretariat"
        );
        var page = secretariat.Page;
        await secretariat.GoToAsync($"/moter/{meetingId}");
        var files = page.Locator("section[aria-labelledby=vedlegg] li");
        await Assertions.Expect(files).ToHaveCountAsync(PageSize);
        await Assertions.Expect(files.First).ToContainTextAsync(Numbered("Vedlegg", 1));
        await secretariat.ScreenshotAsync("vedlegg-side-1");

        await page.GetByRole(AriaRole.Button, new() { Name = "Vis flere vedlegg" }).ClickAsync();
        await Assertions.Expect(files).ToHaveCountAsync(attachments);
        await Assertions.Expect(files.Last).ToContainTextAsync(Numbered("Vedlegg", attachments));
        await Assertions
            .Expect(page.GetByRole(AriaRole.Button, new() { Name = "Vis flere vedlegg" }))
            .ToBeHiddenAsync();
        await secretariat.ScreenshotAsync("vedlegg-alle");
        Assert.Empty(secretariat.ScriptErrors);
    }

    private const string Municipal = "MEMBER_KIND_MUNICIPAL_REPRESENTATIVE";

    /// <summary>"Medlem 007": zero-padded, so the name order is the number order.</summary>
    private static string Numbered(string what, int n) => $"{what} {n.ToString("000", CultureInfo.InvariantCulture)}";

    private static async Task<string> MemberIdAsync(HttpClient api, string arenaId, string name)
    {
        var members = await api.GetFromJsonAsync<JsonElement>($"/api/planning/arenas/{arenaId}/members?pageSize=1000");
        return members
            .GetProperty("members")
            .EnumerateArray()
            .First(m => m.GetProperty("personName").GetString() == name)
            .GetProperty("memberId")
            .GetString()!;
    }

    /// <summary>
    /// The deliveries logged so far of the meeting's notice that has any: its two audience versions are listed
    /// together, and here only the municipal one has recipients.
    /// </summary>
    private static async Task<int> DeliveryCountAsync(HttpClient api, string meetingId)
    {
        var notices = await api.GetFromJsonAsync<JsonElement>($"/api/notifications/notices?meetingId={meetingId}");
        if (!notices.TryGetProperty("notices", out var list))
            return 0;
        var most = 0;
        foreach (var notice in list.EnumerateArray())
        {
            var log = await api.GetFromJsonAsync<JsonElement>(
                $"/api/notifications/deliveries?noticeId={notice.GetProperty("noticeId").GetString()}&pageSize=1000"
            );
            if (log.TryGetProperty("deliveries", out var deliveries))
                most = Math.Max(most, deliveries.GetArrayLength());
        }
        return most;
    }
}
