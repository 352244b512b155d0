using System.Text;
using Hfi.SystemTests.Security;
using Microsoft.Playwright;

namespace Hfi.SystemTests.Browser;

/// <summary>
/// Årsplan for the secretariat: the plan approved with its case reference, a planned meeting moved, one cancelled,
/// and one made into a meeting, which links back to its plan entry as the entry links to it.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PlanActionsTests(RunningSystem system, Chromium chromium)
{
    private const string Plan = """
        Samhandlingsarenaer	Helseregioner	Dag	Dato	Klokkeslett	Sted	Saker
        Strategisk samarbeidsutvalg		Torsdag	11.feb.27	10:00-14:00	Brumunddal	Årsrapport
        Strategisk samarbeidsutvalg		Torsdag	20.mai.27	10:00-14:00	Hamar	Budsjett
        Strategisk samarbeidsutvalg			aug/sept	2 timer	kommer	Strategi
        """;

    [Fact]
    public async Task The_secretariat_approves_the_plan_moves_and_cancels_meetings_and_creates_one_from_the_plan()
    {
        using var api = await system.SignedInClientAsync("sekretariat");
        using var imported = await api.PostAsync(
            "/api/planning/plans/2027/import",
            new StringContent(Plan, Encoding.UTF8, "text/plain")
        );
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());

        await using var secretariat = await WebUser.SignInAsync(
            await chromium.BrowserAsync(),
            system.Gateway,
            "sekretariat"
        );
        var page = secretariat.Page;
        await secretariat.GoToAsync("/arsplan?ar=2027&arena=ssu");

        await page.GetByRole(AriaRole.Button, new() { Name = "Vedta årsplanen for 2027" }).ClickAsync();
        await Assertions
            .Expect(page.Locator("#vedta-plan .feltfeil:visible"))
            .ToContainTextAsync("Fyll inn saksnummeret");
        await page.GetByLabel("Saksnummer for vedtaket").FillAsync("sak 33/26");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vedta årsplanen for 2027" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Status: Vedtatt (sak 33/26)")).ToBeVisibleAsync();

        var may = page.Locator("tr", new() { HasText = "20.mai.27" });
        await may.GetByText("Endre Strategisk samarbeidsutvalg 20.mai.27").ClickAsync();
        await may.GetByLabel("Ny dato").FillAsync("27.mai.27");
        await may.GetByLabel("Begrunnelse").FillAsync("Kollisjon med KS-møte");
        await may.GetByRole(AriaRole.Button, new() { Name = "Flytt Strategisk samarbeidsutvalg 20.mai.27" })
            .ClickAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Cell, new() { Name = "27.mai.27", Exact = true }))
            .ToBeVisibleAsync();

        var autumn = page.Locator("tr", new() { HasText = "aug/sept" });
        await autumn.GetByText("Endre Strategisk samarbeidsutvalg aug/sept").ClickAsync();
        await autumn.GetByLabel("Grunn til avlysning").FillAsync("Erstattes av strategisamling");
        await autumn
            .GetByRole(AriaRole.Button, new() { Name = "Avlys Strategisk samarbeidsutvalg aug/sept" })
            .ClickAsync();
        await Assertions
            .Expect(
                page.Locator("tr", new() { HasText = "aug/sept" })
                    .GetByRole(AriaRole.Cell, new() { Name = "Avlyst", Exact = true })
            )
            .ToBeVisibleAsync();
        await secretariat.ScreenshotAsync("arsplan-sekretariat");

        var february = page.Locator("tr", new() { HasText = "11.feb.27" });
        await february.GetByText("Endre Strategisk samarbeidsutvalg 11.feb.27").ClickAsync();
        await Assertions.Expect(february.GetByLabel("Dato", new() { Exact = true })).ToHaveValueAsync("2027-02-11");
        await february.GetByLabel("Tittel").FillAsync("Strategisk samarbeidsutvalg februar 2027");
        await february.GetByRole(AriaRole.Button, new() { Name = "Opprett møtet fra planen" }).ClickAsync();
        await page.WaitForURLAsync("**/moter/*");
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Strategisk samarbeidsutvalg februar 2027" }))
            .ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("kl. 10:00–14:00")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "I årsplanen" }).ClickAsync();
        await secretariat.WaitUntilShownAsync("/arsplan");
        // The meeting fixed its plan entry's day (Planning follows Meetings, through an event), so the entry soon shows
        // the exact date.
        var realised = page.Locator("tr", new() { HasText = "11.2.2027" });
        for (var attempt = 0; attempt < 30 && await realised.CountAsync() == 0; attempt++)
        {
            await Task.Delay(1_000);
            await page.ReloadAsync();
            await secretariat.WaitUntilShownAsync("/arsplan");
        }
        await Assertions
            .Expect(realised.GetByRole(AriaRole.Link, new() { Name = "Strategisk samarbeidsutvalg februar 2027" }))
            .ToBeVisibleAsync();
        await Assertions
            .Expect(realised.GetByRole(AriaRole.Cell, new() { Name = "Fastsatt", Exact = true }))
            .ToBeVisibleAsync();
        Assert.Empty(secretariat.ScriptErrors);
    }
}
