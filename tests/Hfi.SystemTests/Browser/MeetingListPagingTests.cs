using Hfi.SystemTests.Security;
using Microsoft.Playwright;

namespace Hfi.SystemTests.Browser;

/// <summary>
/// The meeting list shows one page at a time, filtered by year: the first page of a year's meetings, and «Vis flere
/// møter» for the rest, until every meeting of the year is shown and the button goes away.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class MeetingListPagingTests(RunningSystem system, Chromium chromium)
{
    private const int PageSize = 50; // ListMeetings' default page
    private const int Meetings = PageSize + 5;

    [Fact]
    public async Task A_years_meetings_show_a_page_at_a_time_and_vis_flere_shows_the_rest()
    {
        using var api = await system.SignedInClientAsync("sekretariat");
        var arenaId = await api.CreateArenaAsync($"Sidevis arena {Guid.NewGuid():N}"[..24]);
        // A year no other test uses, seven years ahead, so the year's list holds exactly these meetings.
        var year = DateTime.UtcNow.Year + 7;
        var daysAhead = (new DateTime(year, 3, 1) - DateTime.UtcNow.Date).Days;
        for (var n = 0; n < Meetings; n++)
            await api.CreateMeetingAsync(arenaId, $"Sidevis møte {n + 1:00}", daysAhead + n);

        var browser = await chromium.BrowserAsync();
        await using var secretariat = await WebUser.SignInAsync(browser, system.Gateway, "sekretariat");
        var page = secretariat.Page;
        await secretariat.GoToAsync($"/?ar={year}");
        var rows = page.GetByRole(AriaRole.Table, new() { Name = $"Møtene i Helsefellesskap Innlandet i {year}" })
            .Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(PageSize);
        await Assertions
            .Expect(page.GetByLabel("Vis møtene i"))
            .ToHaveValueAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(rows.First).ToContainTextAsync("Sidevis møte 01");
        await secretariat.ScreenshotAsync("moteliste-side-1");

        await page.GetByRole(AriaRole.Button, new() { Name = "Vis flere møter" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(Meetings);
        await Assertions.Expect(rows.Last).ToContainTextAsync($"Sidevis møte {Meetings}");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Vis flere møter" })).ToBeHiddenAsync();
        await secretariat.ScreenshotAsync("moteliste-alle");
    }
}
