using Microsoft.Playwright;

namespace Hfi.SystemTests.Browser;

/// <summary>
/// Årsplan in the browser: the secretariat imports the seed plan, sees its warning by row, and the year per arena.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PlanPageTests(RunningSystem system, Chromium chromium)
{
    private static readonly string SeedPlan = File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "Seeds", "arsplan-2025.txt")
    );

    [Fact]
    public async Task The_secretariat_imports_the_seed_plan_after_a_dry_run_that_warns_about_row_48()
    {
        await using var secretariat = await WebUser.SignInAsync(
            await chromium.BrowserAsync(),
            system.Gateway,
            "sekretariat",
            screenshot: "logg-inn"
        );
        var page = secretariat.Page;
        await secretariat.GoToAsync("/arsplan?ar=2025");

        await page.GetByLabel("Plantabell").FillAsync(SeedPlan);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kontroller uten å lagre" }).ClickAsync();
        var warnings = page.GetByRole(AriaRole.Table, new() { Name = "Advarsler per rad" });
        var row48 = warnings
            .GetByRole(AriaRole.Row)
            .Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = "48", Exact = true }) });
        await Assertions.Expect(row48).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByText("ingenting er lagret")).ToBeVisibleAsync();
        await secretariat.ScreenshotAsync("arsplan-kontroll");

        await page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Resultat av importen" }))
            .ToBeVisibleAsync();
        var committee = page.GetByRole(AriaRole.Table, new() { Name = "Møter i Strategisk samarbeidsutvalg 2025" });
        await Assertions.Expect(committee.GetByRole(AriaRole.Cell, new() { Name = "22.mai.25" })).ToBeVisibleAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dialogmøte", Exact = false }).First)
            .ToBeVisibleAsync();
        await secretariat.ScreenshotAsync("arsplan");

        // The plan is still a draft: its calendar is not public until the plan is approved.
        var calendar = await page.APIRequest.GetAsync(
            await page.GetByRole(AriaRole.Link, new() { Name = "Kalender for 2025" }).GetAttributeAsync("href") ?? ""
        );
        Assert.Equal(404, calendar.Status);
        Assert.Empty(secretariat.ScriptErrors);
    }
}
