using System.Net.Http.Json;
using System.Text.Json;
using Hfi.SystemTests.Security;
using Microsoft.Playwright;

namespace Hfi.SystemTests.Browser;

/// <summary>
/// "Avlys møtet" on the meeting's page: the secretariat is asked for the reason and must confirm (one click never
/// cancels), a refusal stands next to the button, and the cancelled meeting shows as cancelled, with its reason, on its
/// page, in the list of meetings, in the annual plan and under a member's "Mine møter".
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class CancelMeetingPageTests(RunningSystem system, Chromium chromium)
{
    private const string Reason = "For få saker til behandling";

    [Fact]
    public async Task The_secretariat_cancels_a_meeting_with_its_reason_and_everyone_sees_it_cancelled()
    {
        using var api = await system.SignedInClientAsync("sekretariat");
        var arenaName = $"Avlyst dialogmøte {Guid.NewGuid():N}"[..24];
        var arenaId = await api.CreateArenaAsync(arenaName);
        // The demo user kommune-hamar sits in the arena, so the meeting is under their "Mine møter".
        await api.AddMemberAsync(
            arenaId,
            "Ola Nordmann",
            "ola.nordmann@hamar.kommune.no",
            "hamar",
            "MEMBER_KIND_MUNICIPAL_REPRESENTATIVE"
        );
        var (meetingId, year) = await MeetingFromPlanAsync(api, arenaId, arenaName, "Dialogmøte som avlyses");
        var other = await api.CreateMeetingAsync(arenaId, "Dialogmøte som avlyses i mellomtiden", daysAhead: 40);
        await IssueNoticeAsync(api, meetingId);

        var browser = await chromium.BrowserAsync();
        await using (var secretariat = await WebUser.SignInAsync(browser, system.Gateway, "sekretariat"))
        {
            var page = secretariat.Page;
            await secretariat.GoToAsync($"/moter/{meetingId}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Avlys møtet" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Avlyse Dialogmøte som avlyses?" });
            await Assertions.Expect(dialog).ToBeVisibleAsync();
            await Assertions.Expect(dialog.GetByLabel("Grunn til avlysning")).ToBeFocusedAsync();
            await secretariat.ScreenshotAsync("avlys-dialog");

            // Without a reason nothing is cancelled: the refusal stands next to the button.
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Ja, avlys møtet" }).ClickAsync();
            await Assertions.Expect(dialog.Locator("#avlys-feil")).ToContainTextAsync("Skriv grunnen til avlysningen");
            await secretariat.ScreenshotAsync("avlys-dialog-feil");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Nei, behold møtet" }).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
            Assert.Equal("MEETING_STATUS_NOTICE_ISSUED", await StatusAsync(api, meetingId));

            await page.GetByRole(AriaRole.Button, new() { Name = "Avlys møtet" }).ClickAsync();
            await dialog.GetByLabel("Grunn til avlysning").FillAsync(Reason);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Ja, avlys møtet" }).ClickAsync();
            await Assertions.Expect(page.Locator(".merkelapp.avlyst")).ToHaveTextAsync($"Møtet er avlyst: {Reason}");
            await Assertions.Expect(page.Locator("dl.fakta")).ToContainTextAsync("StatusAvlyst");
            await Assertions
                .Expect(page.GetByRole(AriaRole.Button, new() { Name = "Avlys møtet" }))
                .ToHaveCountAsync(0);
            await secretariat.ScreenshotAsync("mote-avlyst");
            Assert.Equal("MEETING_STATUS_CANCELLED", await StatusAsync(api, meetingId));

            // A refusal from the service (the meeting was cancelled in the meantime) is shown next to the button.
            await secretariat.GoToAsync($"/moter/{other}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Avlys møtet" }).ClickAsync();
            using (
                var cancelled = await api.PostAsJsonAsync(
                    $"/api/meetings/{other}/cancel",
                    new { reason = "Avlyst av en annen" }
                )
            )
            {
                Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync());
            }
            var otherDialog = page.GetByRole(AriaRole.Dialog);
            await otherDialog.GetByLabel("Grunn til avlysning").FillAsync(Reason);
            await otherDialog.GetByRole(AriaRole.Button, new() { Name = "Ja, avlys møtet" }).ClickAsync();
            await Assertions.Expect(otherDialog.Locator("#avlys-feil")).ToBeVisibleAsync();
            await Assertions.Expect(otherDialog.Locator("#avlys-feil")).Not.ToBeEmptyAsync();

            await secretariat.GoToAsync("/");
            await Assertions
                .Expect(page.GetByRole(AriaRole.Row, new() { Name = "Dialogmøte som avlyses", Exact = false }).First)
                .ToContainTextAsync($"Avlyst: {Reason}");

            // The plan links the meeting, marked cancelled; Planning hears of it and cancels its entry too.
            await secretariat.GoToAsync($"/arsplan?ar={year}&arena={arenaId}");
            var row = page.Locator("tr", new() { HasText = "Dialogmøte som avlyses" });
            await Assertions.Expect(row).ToContainTextAsync($"(avlyst: {Reason})");
            for (
                var attempt = 0;
                attempt < 30 && !(await row.InnerTextAsync()).Contains("Avlyst", StringComparison.Ordinal);
                attempt++
            )
            {
                await Task.Delay(1_000);
                await secretariat.GoToAsync($"/arsplan?ar={year}&arena={arenaId}");
            }
            await Assertions.Expect(row.Locator("td").Nth(5)).ToHaveTextAsync("Avlyst");
            Assert.Empty(secretariat.ScriptErrors);
        }

        await using var member = await WebUser.SignInAsync(browser, system.Gateway, "kommune-hamar");
        await member.GoToAsync("/mine-moter");
        var card = member.Page.Locator("li.sak", new() { HasText = "Dialogmøte som avlyses" }).First;
        await Assertions.Expect(card).ToContainTextAsync($"Møtet er avlyst: {Reason}");
        await Assertions.Expect(card.GetByRole(AriaRole.Link, new() { Name = "Meld forfall" })).ToHaveCountAsync(0);
        await member.ScreenshotAsync("mine-moter-avlyst");
        Assert.Empty(member.ScriptErrors);
    }

    private static async Task<string> StatusAsync(HttpClient api, string meetingId) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/meetings/{meetingId}")).GetProperty("status").GetString()!;

    private static async Task IssueNoticeAsync(HttpClient api, string meetingId)
    {
        await api.AddItemAsync(meetingId, "Samhandling med de som trenger det mest", "all-members");
        using var notice = await api.PostAsJsonAsync($"/api/meetings/{meetingId}/notice", new { });
        Assert.True(notice.IsSuccessStatusCode, await notice.Content.ReadAsStringAsync());
    }

    /// <summary>A planned meeting 30 days ahead in the arena's annual plan, and the meeting made from it.</summary>
    private static async Task<(string MeetingId, int Year)> MeetingFromPlanAsync(
        HttpClient api,
        string arenaId,
        string arenaName,
        string title
    )
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow.Date.AddDays(30));
        string[] months = ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"];
        var dateText = $"{day.Day:00}.{months[day.Month - 1]}.{day.Year % 100:00}";
        var table =
            $"Samhandlingsarenaer\tHelseregioner\tDag\tDato\tKlokkeslett\tSted\tSaker\n{arenaName}\t\t\t{dateText}\t09:00-11:00\tHamar\tSamhandling\n";
        using (
            var imported = await api.PostAsync(
                $"/api/planning/plans/{day.Year}/import",
                new StringContent(table, System.Text.Encoding.UTF8, "text/plain")
            )
        )
        {
            Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
        }
        var plan = await api.GetFromJsonAsync<JsonElement>($"/api/planning/plans/{day.Year}");
        var planned = plan.GetProperty("arenas")
            .EnumerateArray()
            .Single(a => a.GetProperty("arenaId").GetString() == arenaId)
            .GetProperty("meetings")[0]
            .GetProperty("plannedMeetingId")
            .GetString();
        var startsAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
        using var created = await api.PostAsJsonAsync(
            "/api/meetings",
            new
            {
                arenaId,
                plannedMeetingId = planned,
                title,
                startsAt,
                endsAt = startsAt.AddHours(2),
                place = "Hamar",
            }
        );
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var meetingId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("meetingId").GetString()!;
        return (meetingId, day.Year);
    }
}
