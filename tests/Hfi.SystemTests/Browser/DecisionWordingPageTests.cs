using System.Net.Http.Json;
using System.Text.Json;
using Hfi.SystemTests.Security;
using Microsoft.Playwright;

namespace Hfi.SystemTests.Browser;

/// <summary>
/// Correcting the wording of a decision in the drafted minutes changes the wording only: the case stays decided by
/// alternative 2 with its votes, in the minutes the members read and in the stored decision.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class DecisionWordingPageTests(RunningSystem system, Chromium chromium)
{
    private const string Corrected = "Arbeidsutvalget planlegger Partnerskapsmøtet 2025 på Teams i midten av juni.";

    [Fact]
    public async Task Correcting_the_wording_in_the_minutes_keeps_how_the_case_was_decided()
    {
        using var api = await system.SignedInClientAsync("sekretariat");
        var arenaId = await api.CreateArenaAsync($"Ordlyd {Guid.NewGuid():N}"[..20]);
        await api.AddMemberAsync(
            arenaId,
            "Mona Hamar",
            "mona.hamar@hamar.kommune.test",
            "hamar",
            "MEMBER_KIND_MUNICIPAL_REPRESENTATIVE"
        );
        await api.AddMemberAsync(
            arenaId,
            "Kari Sykehus",
            "kari.sykehus@sykehuset-innlandet.test",
            "sykehuset-innlandet",
            "MEMBER_KIND_HOSPITAL_REPRESENTATIVE"
        );
        var meetingId = await api.CreateMeetingAsync(arenaId, "Møte med vedtak", daysAhead: -1);
        using var item = await api.PostAsJsonAsync(
            $"/api/meetings/{meetingId}/agenda/items",
            new
            {
                kind = "AGENDA_ITEM_KIND_CASE",
                title = "Partnerskapsmøtet 2025",
                durationMinutes = 10,
                caseType = "CASE_TYPE_BESLUTNING",
                alternatives = new[]
                {
                    "Partnerskapsmøtet legges til KS Høstkonferanse.",
                    "Partnerskapsmøtet holdes på teams medio juni 2025.",
                },
            }
        );
        Assert.True(item.IsSuccessStatusCode, await item.Content.ReadAsStringAsync());
        var added = await item.Content.ReadFromJsonAsync<JsonElement>();
        var (itemId, caseNumber) = (
            added.GetProperty("itemId").GetString()!,
            added.GetProperty("caseNumber").GetString()!
        );
        await SucceedsAsync(api.PostAsJsonAsync($"/api/meetings/{meetingId}/notice", new { }));
        var members = (await api.GetFromJsonAsync<JsonElement>($"/api/planning/arenas/{arenaId}/members"))
            .GetProperty("members")
            .EnumerateArray();
        foreach (var member in members)
        {
            await SucceedsAsync(
                api.PutAsJsonAsync(
                    $"/api/meetings/{meetingId}/attendance/{member.GetProperty("memberId").GetString()}",
                    new { present = true }
                )
            );
        }

        await SucceedsAsync(api.PostAsJsonAsync($"/api/meetings/{meetingId}/held", new { }));
        await SucceedsAsync(
            api.PutAsJsonAsync(
                $"/api/meetings/{meetingId}/agenda/items/{itemId}/decision",
                new
                {
                    source = "ADOPTED_TEXT_SOURCE_ALTERNATIVE",
                    alternativeNumber = 2,
                    unanimous = false,
                    votesFor = 1,
                    votesAgainst = 0,
                    votesBlank = 1,
                }
            )
        );
        await SucceedsAsync(api.PostAsJsonAsync($"/api/meetings/{meetingId}/minutes", new { }));

        await using var secretariat = await WebUser.SignInAsync(
            await chromium.BrowserAsync(),
            system.Gateway,
            "sekretariat"
        );
        var page = secretariat.Page;
        await secretariat.GoToAsync($"/moter/{meetingId}/protokoll");
        var card = page.Locator($"#vedtak-{caseNumber.Replace(".", "\\.", StringComparison.Ordinal)}");
        await card.GetByLabel($"Ordlyd i sak {caseNumber}").FillAsync(Corrected);
        await card.GetByRole(AriaRole.Button, new() { Name = $"Lagre ordlyden i sak {caseNumber}" }).ClickAsync();
        await Assertions.Expect(card.GetByText($"Vedtak: {Corrected}")).ToBeVisibleAsync();
        await Assertions.Expect(card.Locator(".vedtaksfakta")).ToContainTextAsync("VedtattAlternativ 2");
        await Assertions.Expect(card.Locator(".vedtaksfakta")).ToContainTextAsync("Avstemning1 for, 0 mot, 1 avsto");
        await secretariat.ScreenshotAsync("protokoll-ordlyd-rettet");

        var decision = (await api.GetFromJsonAsync<JsonElement>($"/api/meetings/{meetingId}/minutes"))
            .GetProperty("decisions")[0]
            .GetProperty("decision");
        Assert.Equal("ADOPTED_TEXT_SOURCE_ALTERNATIVE", decision.GetProperty("source").GetString());
        Assert.Equal(2, decision.GetProperty("alternativeNumber").GetInt32());
        Assert.Equal(Corrected, decision.GetProperty("adoptedText").GetString());
        Assert.Equal(1, decision.GetProperty("votesBlank").GetInt32());
        Assert.Empty(secretariat.ScriptErrors);
    }

    private static async Task SucceedsAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
