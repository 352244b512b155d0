using System.Net.Http.Json;
using System.Text.Json;
using Hfi.SystemTests.Security;
using Microsoft.Playwright;

namespace Hfi.SystemTests.Browser;

/// <summary>
/// Medlemmer in the browser: the secretariat seats a member and two vara in order, corrects a seat and ends a term.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class MembersPageTests(RunningSystem system, Chromium chromium)
{
    [Fact]
    public async Task The_secretariat_seats_a_member_with_vara_in_order_corrects_a_seat_and_ends_a_term()
    {
        using var api = await system.SignedInClientAsync("sekretariat");
        var arenaName = $"Dialogmøte {Guid.NewGuid():N}"[..20];
        var arenaId = await api.CreateArenaAsync(arenaName);
        var otherName = $"Fagråd {Guid.NewGuid():N}"[..16];
        var otherId = await api.CreateArenaAsync(otherName);
        await api.AddMemberAsync(
            otherId,
            "Berit Brumunddal",
            "berit@ringsaker.kommune.test",
            "hamar",
            "MEMBER_KIND_MUNICIPAL_REPRESENTATIVE"
        );

        await using var secretariat = await WebUser.SignInAsync(
            await chromium.BrowserAsync(),
            system.Gateway,
            "sekretariat"
        );
        var page = secretariat.Page;
        await secretariat.GoToAsync($"/medlemmer?arena={arenaId}");
        var form = page.Locator("#medlemsskjema");

        // A refusal next to its field: no e-mail address.
        await form.GetByLabel("Navn").FillAsync("Berit Brumunddal");
        await form.GetByLabel("E-post").FillAsync("berit");
        await form.GetByLabel("Part").SelectOptionAsync(new SelectOptionValue { Label = "Hamar" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Lagre medlemmet" }).ClickAsync();
        await Assertions.Expect(form.Locator(".feltfeil:visible")).ToContainTextAsync("Skriv en gyldig e-postadresse");

        await form.GetByLabel("E-post").FillAsync("berit@ringsaker.kommune.test");
        await form.GetByLabel("Periode fra").FillAsync("2024-01-01");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lagre medlemmet" }).ClickAsync();
        var seats = page.GetByRole(AriaRole.Table, new() { Name = $"Seter i {arenaName}" });
        await Assertions.Expect(seats.GetByText("Berit Brumunddal", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(seats.GetByRole(AriaRole.Cell, new() { Name = otherName })).ToBeVisibleAsync();

        foreach (var (name, rank) in new[] { ("Rune Vara", 1), ("Siv Vara", 2) })
        {
            await form.GetByLabel("Navn").FillAsync(name);
            await form.GetByLabel("E-post")
                .FillAsync($"{name.Split(' ')[0].ToLowerInvariant()}@ringsaker.kommune.test");
            await form.GetByLabel("Part").SelectOptionAsync(new SelectOptionValue { Label = "Hamar" });
            await form.GetByLabel("Rolle").SelectOptionAsync(new SelectOptionValue { Label = "Vara" });
            await form.GetByLabel("Vara for")
                .SelectOptionAsync(new SelectOptionValue { Label = "Berit Brumunddal, Hamar" });
            await form.GetByLabel("Varanummer")
                .FillAsync(rank.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await form.GetByLabel("Periode fra").FillAsync("2024-01-01");
            await form.GetByRole(AriaRole.Button, new() { Name = "Lagre medlemmet" }).ClickAsync();
            await Assertions.Expect(page.GetByText($"{name} er lagret.")).ToBeVisibleAsync();
        }
        await Assertions.Expect(seats.Locator("ol li")).ToContainTextAsync(["Rune Vara", "Siv Vara"]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Endre Berit Brumunddal" }).ClickAsync();
        await form.GetByLabel("Navn").FillAsync("Berit Brumunddal Hansen");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lagre medlemmet" }).ClickAsync();
        await Assertions.Expect(seats.GetByText("Berit Brumunddal Hansen", new() { Exact = true })).ToBeVisibleAsync();
        await secretariat.ScreenshotAsync("medlemmer");

        await page.GetByText("Avslutt perioden for Siv Vara").ClickAsync();
        await page.Locator("details[open]").GetByLabel("Siste dag i vervet").FillAsync("2025-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Avslutt for Siv Vara" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Perioden for Siv Vara er avsluttet.")).ToBeVisibleAsync();
        await Assertions.Expect(seats.Locator("ol li")).ToHaveCountAsync(1);

        var members = await api.GetFromJsonAsync<JsonElement>(
            $"/api/planning/arenas/{arenaId}/members?onDate=2025-06-01"
        );
        Assert.Contains(
            members.GetProperty("members").EnumerateArray(),
            m => m.GetProperty("personName").GetString() == "Siv Vara"
        );
        Assert.Empty(secretariat.ScriptErrors);
    }

    [Fact]
    public async Task A_vara_whose_seat_is_not_in_the_days_list_is_shown_and_edited_with_its_seat_preselected()
    {
        using var api = await system.SignedInClientAsync("sekretariat");
        var tag = Guid.NewGuid().ToString("N")[..8];
        var arenaName = $"Vararåd {tag}";
        var arenaId = await api.CreateArenaAsync(arenaName);
        var seat = await AddAsync(
            api,
            arenaId,
            new
            {
                personName = "Sander Sete",
                email = $"sander.{tag}@hamar.kommune.test",
                partnerId = "hamar",
                kind = "MEMBER_KIND_MUNICIPAL_REPRESENTATIVE",
                role = "MEMBER_ROLE_MEMBER",
                hasVotingRight = true,
                termFrom = "2026-01-01",
            }
        );
        await AddAsync(
            api,
            arenaId,
            new
            {
                personName = "Vera Vara",
                email = $"vera.{tag}@hamar.kommune.test",
                partnerId = "hamar",
                kind = "MEMBER_KIND_MUNICIPAL_REPRESENTATIVE",
                role = "MEMBER_ROLE_SUBSTITUTE",
                hasVotingRight = true,
                termFrom = "2024-01-01",
                substituteForMemberId = seat,
                substituteRank = 1,
            }
        );

        await using var secretariat = await WebUser.SignInAsync(
            await chromium.BrowserAsync(),
            system.Gateway,
            "sekretariat"
        );
        var page = secretariat.Page;
        await secretariat.GoToAsync($"/medlemmer?arena={arenaId}&dato=2025-06-01");
        var seats = page.GetByRole(AriaRole.Table, new() { Name = $"Seter i {arenaName}" });
        await Assertions
            .Expect(seats.GetByRole(AriaRole.Row).Filter(new() { HasText = "Vera Vara" }))
            .ToContainTextAsync("Vara for et sete som ikke er med per denne datoen");

        await page.GetByRole(AriaRole.Button, new() { Name = "Endre Vera Vara" }).ClickAsync();
        var form = page.Locator("#medlemsskjema");
        await Assertions.Expect(form.GetByLabel("Vara for")).ToHaveValueAsync(seat);
        await Assertions
            .Expect(form.GetByLabel("Vara for").Locator("option:checked"))
            .ToHaveTextAsync("Sander Sete, Hamar (ikke med per denne datoen)");
        await secretariat.ScreenshotAsync("medlemmer-vara-uten-sete");
        await form.GetByLabel("Navn").FillAsync("Vera Vara Hansen");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lagre medlemmet" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Vera Vara Hansen er lagret.")).ToBeVisibleAsync();

        var saved = await api.GetFromJsonAsync<JsonElement>(
            $"/api/planning/arenas/{arenaId}/members?onDate=2025-06-01"
        );
        var vara = Assert.Single(saved.GetProperty("members").EnumerateArray());
        Assert.Equal("Vera Vara Hansen", vara.GetProperty("personName").GetString());
        Assert.Equal(seat, vara.GetProperty("substituteForMemberId").GetString());
        Assert.Empty(secretariat.ScriptErrors);
    }

    private static async Task<string> AddAsync(HttpClient api, string arenaId, object member)
    {
        var added = await api.PostAsJsonAsync($"/api/planning/arenas/{arenaId}/members", member);
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        return (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("memberId").GetString()!;
    }
}
