using System.Net.Http.Json;
using System.Text.Json;
using Hfi.SystemTests.Security;
using Microsoft.Playwright;

namespace Hfi.SystemTests.Browser;

/// <summary>
/// Oppfølging in the browser: the handlingsdel of an arena, whose status the secretariat moves and a member reads.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class FollowUpPageTests(RunningSystem system, Chromium chromium)
{
    [Fact]
    public async Task The_secretariat_moves_a_follow_up_along_and_a_member_reads_its_status()
    {
        using var api = await system.SignedInClientAsync("sekretariat");
        var (arenaId, arenaName, caseNumber) = await HeldMeetingWithFollowUpAsync(api);

        await using var secretariat = await WebUser.SignInAsync(
            await chromium.BrowserAsync(),
            system.Gateway,
            "sekretariat"
        );
        var page = secretariat.Page;
        await secretariat.GoToAsync($"/oppfolging?arena={arenaId}");
        var list = page.GetByRole(AriaRole.Table, new() { Name = $"Oppfølging i {arenaName}" });
        await Assertions
            .Expect(list.GetByRole(AriaRole.Cell, new() { Name = $"Sak {caseNumber}", Exact = true }))
            .ToBeVisibleAsync();
        await Assertions
            .Expect(list.GetByRole(AriaRole.Cell, new() { Name = "Legge fram revidert strategiplan" }))
            .ToBeVisibleAsync();
        await Assertions.Expect(list.GetByText("(forfalt)")).ToHaveCountAsync(0);
        var status = page.GetByRole(AriaRole.Combobox, new() { Name = "Status for sak", Exact = false });
        await status.SelectOptionAsync(new SelectOptionValue { Label = "Under arbeid" });
        await Assertions.Expect(page.GetByText("status er nå «Under arbeid»")).ToBeVisibleAsync();
        await secretariat.ScreenshotAsync("oppfolging");

        await using var member = await WebUser.SignInAsync(
            await chromium.BrowserAsync(),
            system.Gateway,
            "kommune-hamar"
        );
        await member.GoToAsync($"/oppfolging?arena={arenaId}&status=FOLLOW_UP_STATUS_IN_PROGRESS");
        var read = member.Page.GetByRole(AriaRole.Table, new() { Name = $"Oppfølging i {arenaName}" });
        await Assertions
            .Expect(read.GetByRole(AriaRole.Cell, new() { Name = "Under arbeid", Exact = true }))
            .ToBeVisibleAsync();
        await Assertions.Expect(read.GetByRole(AriaRole.Combobox)).ToHaveCountAsync(0);
        Assert.Empty(secretariat.ScriptErrors);
        Assert.Empty(member.ScriptErrors);
    }

    /// <summary>
    /// An arena with one voting member, a meeting held with a unanimous decision on its case, and a follow-up of it.
    /// </summary>
    private static async Task<(string ArenaId, string ArenaName, string CaseNumber)> HeldMeetingWithFollowUpAsync(
        HttpClient api
    )
    {
        var arenaName = $"Fagråd for oppfølging {Guid.NewGuid():N}"[..28];
        var arenaId = await api.CreateArenaAsync(arenaName);
        await api.AddMemberAsync(
            arenaId,
            "Kari Hamar",
            "kari.hamar@hamar.kommune.test",
            "hamar",
            "MEMBER_KIND_MUNICIPAL_REPRESENTATIVE"
        );
        var memberId = (await api.GetFromJsonAsync<JsonElement>($"/api/planning/arenas/{arenaId}/members"))
            .GetProperty("members")[0]
            .GetProperty("memberId")
            .GetString();
        // Yesterday: a meeting is held and decided on its day, not before.
        var meetingId = await api.CreateMeetingAsync(arenaId, "Fagrådets møte", daysAhead: -1);
        await api.AddItemAsync(meetingId, "Revisjon av strategiplanen", "all-members");
        var agenda = await api.GetFromJsonAsync<JsonElement>($"/api/meetings/{meetingId}/agenda");
        var item = agenda
            .GetProperty("items")
            .EnumerateArray()
            .Single(i => i.GetProperty("title").GetString() == "Revisjon av strategiplanen");
        var itemId = item.GetProperty("itemId").GetString();

        await SucceedsAsync(api.PostAsJsonAsync($"/api/meetings/{meetingId}/notice", new { }));
        await SucceedsAsync(
            api.PutAsJsonAsync($"/api/meetings/{meetingId}/attendance/{memberId}", new { present = true })
        );
        await SucceedsAsync(api.PostAsJsonAsync($"/api/meetings/{meetingId}/held", new { }));
        await SucceedsAsync(
            api.PutAsJsonAsync(
                $"/api/meetings/{meetingId}/agenda/items/{itemId}/decision",
                new
                {
                    source = "ADOPTED_TEXT_SOURCE_AMENDED",
                    amendedText = "Strategiplanen revideres innen sommeren.",
                    unanimous = true,
                }
            )
        );
        await SucceedsAsync(
            api.PostAsJsonAsync(
                $"/api/meetings/{meetingId}/follow-ups",
                new
                {
                    itemId,
                    description = "Legge fram revidert strategiplan",
                    owner = "Sekretariatet",
                    dueDate = DateTime
                        .UtcNow.AddDays(60)
                        .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                }
            )
        );
        return (arenaId, arenaName, item.GetProperty("caseNumber").GetString()!);
    }

    private static async Task SucceedsAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        Assert.True(
            response.IsSuccessStatusCode,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {await response.Content.ReadAsStringAsync()}"
        );
    }
}
