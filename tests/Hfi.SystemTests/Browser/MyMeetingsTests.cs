using System.Net.Http.Json;
using System.Text.Json;
using Hfi.SystemTests.Security;
using Microsoft.Playwright;

namespace Hfi.SystemTests.Browser;

/// <summary>
/// Mine møter for a member who is vara: the coming meeting with its links, and the request to meet answered yes.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class MyMeetingsTests(RunningSystem system, Chromium chromium)
{
    [Fact]
    public async Task A_vara_finds_the_meeting_under_mine_moter_and_says_yes_to_meeting()
    {
        using var api = await system.SignedInClientAsync("sekretariat");
        var arenaName = $"Dialogmøte Hamar {Guid.NewGuid():N}"[..24];
        var arenaId = await api.CreateArenaAsync(arenaName);
        await api.AddMemberAsync(
            arenaId,
            "Mona Hamar",
            "mona.hamar@hamar.kommune.test",
            "hamar",
            "MEMBER_KIND_MUNICIPAL_REPRESENTATIVE"
        );
        var monaId = (await api.GetFromJsonAsync<JsonElement>($"/api/planning/arenas/{arenaId}/members"))
            .GetProperty("members")[0]
            .GetProperty("memberId")
            .GetString();
        using (
            var vara = await api.PostAsJsonAsync(
                $"/api/planning/arenas/{arenaId}/members",
                new
                {
                    personName = "Ola Nordmann",
                    email = "ola.nordmann@hamar.kommune.no",
                    partnerId = "hamar",
                    kind = "MEMBER_KIND_MUNICIPAL_REPRESENTATIVE",
                    role = "MEMBER_ROLE_SUBSTITUTE",
                    hasVotingRight = true,
                    termFrom = "2024-01-01",
                    substituteForMemberId = monaId,
                    substituteRank = 1,
                }
            )
        )
        {
            Assert.True(vara.IsSuccessStatusCode, await vara.Content.ReadAsStringAsync());
        }
        var meetingId = await api.CreateMeetingAsync(arenaId, "Dialogmøte i Hamar");
        await api.AddItemAsync(meetingId, "Samhandling med de som trenger det mest", "all-members");
        using (var notice = await api.PostAsJsonAsync($"/api/meetings/{meetingId}/notice", new { }))
            Assert.True(notice.IsSuccessStatusCode);
        using (
            var absent = await api.PostAsJsonAsync(
                $"/api/meetings/{meetingId}/absences",
                new { memberId = monaId, note = "Ferie" }
            )
        )
        {
            Assert.True(absent.IsSuccessStatusCode, await absent.Content.ReadAsStringAsync());
        }

        await using var member = await WebUser.SignInAsync(
            await chromium.BrowserAsync(),
            system.Gateway,
            "kommune-hamar"
        );
        var page = member.Page;
        await member.GoToAsync("/mine-moter");
        var card = page.Locator("li.sak", new() { HasText = "Dialogmøte i Hamar" });
        await Assertions.Expect(card).ToContainTextAsync($"{arenaName} (vara)");
        await Assertions.Expect(card.GetByRole(AriaRole.Link, new() { Name = "Innkallingen" })).ToBeVisibleAsync();
        await member.ScreenshotAsync("mine-moter");

        await page.GetByRole(AriaRole.Link, new() { Name = "Svar: kan du møte på Dialogmøte i Hamar", Exact = false })
            .ClickAsync();
        await Assertions
            .Expect(page.GetByText("Mona Hamar har meldt forfall til Dialogmøte i Hamar"))
            .ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Ferie")).ToHaveCountAsync(0);
        await member.ScreenshotAsync("vara-svar");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, jeg kan møte" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Du har sagt ja til å møte.")).ToBeVisibleAsync();
        Assert.Empty(member.ScriptErrors);
    }
}
