using Microsoft.Playwright;

namespace Hfi.SystemTests.Browser;

/// <summary>
/// An API's field violations appear next to the field they name, in Norwegian, and the field is marked invalid.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class FormErrorTests(RunningSystem system, Chromium chromium)
{
    [Fact]
    public async Task A_meeting_that_ends_before_it_starts_is_refused_next_to_its_end_time()
    {
        await using var secretariat = await WebUser.SignInAsync(
            await chromium.BrowserAsync(),
            system.Gateway,
            "sekretariat"
        );
        var page = secretariat.Page;
        await secretariat.GoToAsync("/");

        await page.GetByLabel("Tittel").FillAsync("Arbeidsutvalget, ekstra møte");
        await page.GetByLabel("Dato").FillAsync("2025-03-04");
        await page.GetByLabel("Starter kl.").FillAsync("14:00");
        await page.GetByLabel("Slutter kl.").FillAsync("13:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opprett møtet" }).ClickAsync();

        var end = page.GetByLabel("Slutter kl.");
        await Assertions.Expect(end).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(end).ToHaveAccessibleDescriptionAsync("Møtet må slutte etter at det begynner.");
        await Assertions
            .Expect(
                page.GetByRole(AriaRole.Alert)
                    .GetByRole(AriaRole.Link, new() { Name = "Slutter kl.: Møtet må slutte etter at det begynner." })
            )
            .ToBeVisibleAsync();
        Assert.EndsWith("/", page.Url);
        await secretariat.ScreenshotAsync("feilmelding");
    }
}
