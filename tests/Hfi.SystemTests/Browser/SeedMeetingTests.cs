using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hfi.ServiceDefaults.Identity;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Hfi.SystemTests.Browser;

/// <summary>
/// The seed notice (seeds/004) built in the browser by the secretariat and issued; then a hospital representative
/// finds no trace of case 08.24 on any page or in any API answer the pages fetched, and a municipal one sees it.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class SeedMeetingTests(RunningSystem system, Chromium chromium, ITestOutputHelper output)
{
    private const string RestrictedTitle = "Helsefelleskap Innlandet – kommunalt budsjett 2025 - regnskap 2023";
    private const string RestrictedBackground = "Saken sendes ut separat til kommunale representanter.";
    private const string RestrictedProposal = "Kommunalt budsjett 2025 og regnskap 2023 vedtas.";
    private const string RestrictedAttachment = "Regnskap for 2023 og forslag til kommunalt budsjett 2024";
    private const string Presentation = "Erfaringer på strategisk samarbeid fra Helsefelleskap i nordre Trøndelag";

    /// <summary>Everything that would betray case 08.24 to someone outside its audience.</summary>
    private static readonly string[] RestrictedTraces =
    [
        "08.24",
        RestrictedTitle,
        "kommunalt budsjett 2025",
        RestrictedBackground,
        RestrictedProposal,
        RestrictedAttachment,
    ];

    [Fact]
    public async Task The_seed_notice_is_built_and_issued_and_case_08_24_reaches_municipal_representatives_only()
    {
        var browser = await chromium.BrowserAsync();
        output.WriteLine($"Screenshots of every page (desktop and {Screenshots.PhoneWidth} px): {Screenshots.Folder}");
        await SeatDemoMembersAsync();

        string meetingId;
        await using (var secretariat = await WebUser.SignInAsync(browser, system.Gateway, "sekretariat"))
        {
            meetingId = await CreateMeetingAsync(secretariat);
            await BuildSeedAgendaAsync(secretariat.Page);
            await UploadAttachmentsAsync(secretariat.Page);
            await AssertSeedTimesAsync(secretariat.Page);
            await secretariat.ScreenshotAsync("mote-sekretariat");
            await IssueNoticeAsync(secretariat, meetingId);
            await secretariat.GoToAsync("/revisjonslogg");
            var added = secretariat
                .Page.GetByRole(AriaRole.Row)
                .Filter(new() { HasText = "La til punkt på sakslisten" })
                .First;
            await Assertions.Expect(added).ToContainTextAsync("Siri Sekretariat (sekretariatet)");
            await secretariat.ScreenshotAsync("revisjonslogg");
            Assert.Empty(secretariat.ScriptErrors);
        }

        await using (var hospital = await WebUser.SignInAsync(browser, system.Gateway, "sykehus"))
        {
            foreach (var path in PagesOf(meetingId))
            {
                await hospital.GoToAsync(path);
                AssertNoTrace(await hospital.Page.ContentAsync(), $"the page {path}");
            }
            await hospital.GoToAsync($"/moter/{meetingId}");
            await Assertions
                .Expect(hospital.Page.GetByRole(AriaRole.Heading, new() { Name = "Sak 07.24" }))
                .ToBeVisibleAsync();
            // An end computed over case 08.24 would betray it.
            await Assertions.Expect(hospital.Page.GetByText("Slutt ca. kl. 17:40")).ToBeVisibleAsync();
            await hospital.ScreenshotAsync("mote-sykehus");
            foreach (var (url, body) in hospital.ApiAnswers)
                AssertNoTrace(body, $"the API answer of {url}");
            Assert.Empty(hospital.ScriptErrors);
        }

        await using (var municipal = await WebUser.SignInAsync(browser, system.Gateway, "kommune-hamar"))
        {
            await municipal.GoToAsync($"/moter/{meetingId}");
            var restricted = municipal.Page.Locator("li.sak", new() { HasText = $"Sak 08.24 {RestrictedTitle}" });
            await Assertions.Expect(restricted.GetByText("Sak kun for kommunale representanter")).ToBeVisibleAsync();
            await Assertions.Expect(restricted.GetByText(RestrictedProposal)).ToBeVisibleAsync();
            await Assertions
                .Expect(restricted.GetByRole(AriaRole.Link, new() { Name = RestrictedAttachment }))
                .ToBeVisibleAsync();
            await municipal.ScreenshotAsync("mote-kommune");

            await municipal.GoToAsync($"/moter/{meetingId}/innkalling");
            await Assertions.Expect(municipal.Page.GetByText($"Sak 08.24 {RestrictedTitle}")).ToBeVisibleAsync();
            await municipal.ScreenshotAsync("innkalling-kommune");

            await OpenInboxWithNoticeAsync(municipal);
            await municipal.ScreenshotAsync("varsler");

            await ReportLeavingEarlyAsync(municipal, meetingId);
            await municipal.ScreenshotAsync("forfall");
            Assert.Empty(municipal.ScriptErrors);
        }

        await using var anonymous = await WebUser.OpenAsync(browser, system.Gateway);
        await anonymous.GoToAsync("/tilgjengelighet");
        await Assertions
            .Expect(
                anonymous.Page.GetByRole(
                    AriaRole.Link,
                    new() { Name = "Meld fra om manglende universell utforming til uutilsynet" }
                )
            )
            .ToBeVisibleAsync();
        await anonymous.ScreenshotAsync("tilgjengelighet");
        await anonymous.GoToAsync("/");
        await anonymous.ScreenshotAsync("forside");
    }

    private static string[] PagesOf(string meetingId) =>
        [
            "/",
            "/arsplan",
            $"/moter/{meetingId}",
            $"/moter/{meetingId}/innkalling",
            $"/moter/{meetingId}/forfall",
            "/varsler",
        ];

    private static void AssertNoTrace(string text, string where)
    {
        foreach (var trace in RestrictedTraces)
            Assert.False(text.Contains(trace, StringComparison.OrdinalIgnoreCase), $"{where} gives away «{trace}».");
    }

    /// <summary>
    /// The demo users sit in Partnerskapsmøtet, so the notice reaches them (by the e-mail their token carries).
    /// </summary>
    private async Task SeatDemoMembersAsync()
    {
        using var client = system.CreateClient(system.Tokens.Issue("sekretariat-system", HfiRoles.Secretariat));
        var users = await client.GetFromJsonAsync<JsonElement>("/api/auth/dev-users");
        foreach (var user in users.EnumerateArray().Where(u => u.GetProperty("role").GetString() == HfiRoles.Member))
        {
            var municipal = user.GetProperty("partnerKind").GetString() == PartnerKinds.Municipal;
            var added = await client.PostAsJsonAsync(
                "/api/planning/arenas/partnerskapsmotet/members",
                new
                {
                    personName = user.GetProperty("name").GetString(),
                    email = user.GetProperty("email").GetString(),
                    partnerId = user.GetProperty("partner").GetString(),
                    kind = municipal ? "MEMBER_KIND_MUNICIPAL_REPRESENTATIVE" : "MEMBER_KIND_HOSPITAL_REPRESENTATIVE",
                    role = "MEMBER_ROLE_MEMBER",
                    hasVotingRight = true,
                    termFrom = "2024-01-01",
                }
            );
            Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        }
    }

    private static async Task<string> CreateMeetingAsync(WebUser secretariat)
    {
        var page = secretariat.Page;
        await secretariat.GoToAsync("/");
        await page.GetByLabel("Arena").SelectOptionAsync(new SelectOptionValue { Label = "Partnerskapsmøtet" });
        await page.GetByLabel("Tittel").FillAsync("Partnerskapsmøtet 2024");
        await page.GetByLabel("Dato").FillAsync("2024-10-24");
        await page.GetByLabel("Starter kl.").FillAsync("16:15");
        await page.GetByLabel("Slutter kl.").FillAsync("18:00");
        await page.GetByLabel("Sted").FillAsync("Hamar");
        await page.GetByLabel("Møteleder").FillAsync("Leder Partnerskapsmøtet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opprett møtet" }).ClickAsync();
        await page.WaitForURLAsync("**/moter/*");
        var meetingId = page.Url.Split('/').Last();
        await secretariat.WaitUntilShownAsync($"/moter/{meetingId}");
        return meetingId;
    }

    private static async Task BuildSeedAgendaAsync(IPage page)
    {
        await AddItemAsync(
            page,
            new("Presentasjon", Presentation, 15)
            {
                Questions = 5,
                Presenter = "Jonas Sjømæling, samhandlingsleder helse, kommunene i nordre Trøndelag",
            }
        );
        await AddItemAsync(
            page,
            new("Sak", "Årsrapport Helsefelleskap Innlandet 2023 – 2024", 10)
            {
                Proposal = "Partnerskapsmøtet godkjenner årsrapport 2023.",
            }
        );
        await AddItemAsync(
            page,
            new("Sak", "Strategiplan Helsefellesskap Innlandet 2022-2026 – strategiske satsninger og revidering", 30)
            {
                Points =
                [
                    "Partnerskapsmøtet godkjenner utvidelse av planperioden for strategiplan Helsefellesskap Innlandet fra 2022-2026 til 2022-2027.",
                    "Partnerskapsmøtet ber strategisk samarbeidsutvalg igangsette prosess for å revidere strategiplan for Helsefelleskap Innlandet.",
                    "Partnerskapsmøtet ber strategisk samarbeidsutvalg prioritere tiltaksområder innen følgende prioritering av satsningsområder for 2025:",
                    "- Interessepolitikk",
                    "- Samhandling med de som trenger det mest",
                    "- Likeverdige tjenester",
                    "- Videreutvikling av Helsefellesskap Innlandet",
                ],
            }
        );
        await AddItemAsync(
            page,
            new("Sak", "Samarbeidsavtalen mellom Sykehuset Innlandet og kommunene i sykehusområdet – erfaringer", 10)
            {
                Proposal =
                    "Partnerskapsmøtet ber Strategisk samarbeidsutvalg sikre forankring og etterlevelse av Samarbeidsavtalen.",
            }
        );
        await AddItemAsync(
            page,
            new("Sak", "Partnerskapsmøtet 2025", 5)
            {
                Alternatives =
                [
                    "Partnerskapsmøtet ber Strategisk samarbeidsutvalg planlegge for Partnerskapsmøtet, lagt i tilknytning til KS Høstkonferanse i 2025.",
                    "Partnerskapsmøtet ber Strategisk samarbeidsutvalg planlegge for Partnerskapsmøtet på teams medio juni 2025.",
                ],
            }
        );
        await AddItemAsync(
            page,
            new("Sak", "Rekruttering – og samhandlingsmidler - orientering", 3)
            {
                Type = "(O) Orientering",
                Proposal = "Partnerskapsmøtet tar saken til orientering.",
            }
        );
        await AddItemAsync(
            page,
            new("Sak", RestrictedTitle, 15)
            {
                Background = RestrictedBackground,
                Proposal = RestrictedProposal,
                MunicipalOnly = true,
            }
        );

        await AssertStrategyPointsAsync(page);
        // "Endre" then "Lagre" without a change keeps three points, the third with its sub-list.
        await page.GetByRole(AriaRole.Button, new() { Name = "Endre Sak 04.24" }).ClickAsync();
        await page.Locator("#punktskjema").GetByRole(AriaRole.Button, new() { Name = "Lagre punktet" }).ClickAsync();
        await Assertions.Expect(page.Locator("#melding")).ToContainTextAsync("«Sak 04.24 Strategiplan");
        await AssertStrategyPointsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Endre Eventuelt" }).ClickAsync();
        var form = page.Locator("#punktskjema");
        await form.GetByLabel("Varighet i minutter").FillAsync("2");
        await form.GetByLabel("Saksgrunnlag")
            .FillAsync("NTNU og Universitetet I Oslo - etablerer medisinutdanning i Innlandet");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lagre punktet" }).ClickAsync();
        await Assertions.Expect(page.GetByText("NTNU og Universitetet I Oslo")).ToBeVisibleAsync();

        // The presentation opens the meeting: two steps up, past 01.24 and 02.24.
        for (var step = 0; step < 2; step++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = $"Flytt opp Presentasjon: {Presentation}" })
                .ClickAsync();
            await Assertions
                .Expect(page.Locator($"ol.saksliste > li:nth-child({2 - step}) h3"))
                .ToHaveTextAsync($"Presentasjon: {Presentation}");
        }
    }

    private static async Task AssertStrategyPointsAsync(IPage page)
    {
        var points = page.Locator("li.sak", new() { HasText = "Sak 04.24" }).Locator("ol > li");
        await Assertions.Expect(points).ToHaveCountAsync(3);
        await Assertions
            .Expect(points.Nth(2).Locator("ul > li"))
            .ToHaveTextAsync([
                "Interessepolitikk",
                "Samhandling med de som trenger det mest",
                "Likeverdige tjenester",
                "Videreutvikling av Helsefellesskap Innlandet",
            ]);
    }

    private sealed record Item(string Kind, string Title, int Minutes)
    {
        public int Questions { get; init; }
        public string Type { get; init; } = "(B) Beslutning";
        public string? Presenter { get; init; }
        public string? Background { get; init; }
        public string? Proposal { get; init; }
        public string[] Points { get; init; } = [];
        public string[] Alternatives { get; init; } = [];
        public bool MunicipalOnly { get; init; }
    }

    private static async Task AddItemAsync(IPage page, Item item)
    {
        var form = page.Locator("#punktskjema");
        await form.GetByLabel("Type", new() { Exact = true })
            .SelectOptionAsync(new SelectOptionValue { Label = item.Kind });
        await form.GetByLabel("Tittel").FillAsync(item.Title);
        await form.GetByLabel("Varighet i minutter").FillAsync(item.Minutes.ToString());
        await form.GetByLabel("Minutter til spørsmål").FillAsync(item.Questions.ToString());
        if (item.Kind == "Sak")
            await form.GetByLabel("Sakstype").SelectOptionAsync(new SelectOptionValue { Label = item.Type });
        await form.GetByLabel("Innleder").FillAsync(item.Presenter ?? "");
        await form.GetByLabel("Saksgrunnlag").FillAsync(item.Background ?? "");
        await form.GetByLabel("Forslag til vedtak", new() { Exact = true }).FillAsync(item.Proposal ?? "");
        await form.GetByLabel("Nummererte vedtakspunkter").FillAsync(string.Join("\n", item.Points));
        await form.GetByLabel("Alternative forslag til vedtak").FillAsync(string.Join("\n", item.Alternatives));
        await form.GetByLabel("Hvem saken gjelder")
            .SelectOptionAsync(item.MunicipalOnly ? "municipal-representatives" : "all-members");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lagre punktet" }).ClickAsync();
        await Assertions.Expect(page.Locator("ol.saksliste h3", new() { HasText = item.Title })).ToHaveCountAsync(1);
    }

    private static async Task UploadAttachmentsAsync(IPage page)
    {
        var form = page.Locator("#vedleggskjema");
        async Task UploadAsync(string title, string caseNumber, string audience)
        {
            await form.GetByLabel("Fil")
                .SetInputFilesAsync(
                    new FilePayload
                    {
                        Name = $"{title}.txt",
                        MimeType = "text/plain",
                        Buffer = Encoding.UTF8.GetBytes($"{title}\n"),
                    }
                );
            await form.GetByLabel("Tittel").FillAsync(title);
            await form.GetByLabel("Saksnummer").FillAsync(caseNumber);
            await form.GetByLabel("Hvem kan lese det").SelectOptionAsync(audience);
            await form.GetByRole(AriaRole.Button, new() { Name = "Last opp" }).ClickAsync();
            await Assertions
                .Expect(
                    page.Locator("section[aria-labelledby=vedlegg] ul").GetByRole(AriaRole.Link, new() { Name = title })
                )
                .ToBeVisibleAsync();
        }
        await UploadAsync("Forslag til årsrapport", "03.24", "all-members");
        await UploadAsync(RestrictedAttachment, "08.24", "municipal-representatives");
    }

    /// <summary>
    /// The seed's times: the presentation 16:15–16:35 (15 min and 5 for questions), the common part's end about
    /// 17:40, and case 08.24 after it until 17:55.
    /// </summary>
    private static async Task AssertSeedTimesAsync(IPage page)
    {
        var first = page.Locator("ol.saksliste > li").First;
        await Assertions.Expect(first.Locator(".sak-tid")).ToContainTextAsync("16:15–16:35");
        await Assertions
            .Expect(page.Locator("ol.saksliste h3"))
            .ToContainTextAsync([
                $"Presentasjon: {Presentation}",
                "Sak 01.24",
                "Sak 02.24",
                "Sak 03.24",
                "Sak 04.24",
                "Sak 05.24",
                "Sak 06.24",
                "Sak 07.24",
                "Eventuelt",
                $"Sak 08.24 {RestrictedTitle}",
            ]);
        // The secretariat sees case 08.24 too, so its end follows it, as in the municipal PDF and e-mail.
        await Assertions.Expect(page.GetByText("Slutt ca. kl. 17:55")).ToBeVisibleAsync();
        var alternatives = page.Locator("li.sak", new() { HasText = "Sak 06.24" });
        await Assertions.Expect(alternatives.GetByText("Alternativ 2:")).ToBeVisibleAsync();
    }

    private async Task IssueNoticeAsync(WebUser secretariat, string meetingId)
    {
        var page = secretariat.Page;
        await secretariat.GoToAsync($"/moter/{meetingId}/innkalling");
        // Both versions before sending, with their recipients: the demo members, one of each side.
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Til alle representantene", Exact = false }))
            .ToContainTextAsync("1 mottaker");
        var municipalVersion = page.Locator(".versjon", new() { HasText = "Til kommunale representanter" });
        await Assertions.Expect(municipalVersion).ToContainTextAsync("Sak 08.24");
        await Assertions
            .Expect(page.Locator(".versjon", new() { HasText = "Til alle representantene" }))
            .Not.ToContainTextAsync("Sak 08.24");
        await secretariat.ScreenshotAsync("innkalling-forhandsvisning");
        await AssertPreviewPdfsAsync(secretariat, meetingId);
        string? question = null;
        page.Dialog += async (_, dialog) =>
        {
            question = dialog.Message;
            await dialog.AcceptAsync();
        };
        await page.GetByRole(AriaRole.Button, new() { Name = "Send innkalling" }).ClickAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Innkallingen, versjon 1" }))
            .ToBeVisibleAsync();
        Assert.Contains("2 mottakere (1 kommunale)", question, StringComparison.Ordinal);
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "De to versjonene som ble sendt" }))
            .ToBeVisibleAsync();

        // Notifications hears of the notice over the broker and delivers it: its log fills within seconds.
        var log = page.GetByRole(AriaRole.Table).Filter(new() { HasText = "Levert" });
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await log.CountAsync() == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(1_000);
            await page.GetByRole(AriaRole.Button, new() { Name = "Oppdater status" }).ClickAsync();
        }
        await Assertions.Expect(log.First).ToBeVisibleAsync();
        await secretariat.ScreenshotAsync("innkalling");
    }

    /// <summary>Each version's PDF as Documents renders it from the agenda now; opening it issues nothing.</summary>
    private async Task AssertPreviewPdfsAsync(WebUser secretariat, string meetingId)
    {
        var page = secretariat.Page;
        ILocator Link(string version) =>
            page.Locator(".versjon", new() { HasText = version })
                .GetByRole(AriaRole.Link, new() { Name = "Forhåndsvis PDF" });
        var general = await PdfPreview.OpenAsync(
            page,
            Link("Til alle representantene"),
            "innkalling-forhandsvisning-alle"
        );
        var municipal = await PdfPreview.OpenAsync(
            page,
            Link("Til kommunale representanter"),
            "innkalling-forhandsvisning-kommunale"
        );

        foreach (var number in new[] { "01.24", "04.24", "07.24" })
        {
            Assert.Contains($"Sak {number}", general, StringComparison.Ordinal);
            Assert.Contains($"Sak {number}", municipal, StringComparison.Ordinal);
        }
        Assert.Contains("Sak 08.24", municipal, StringComparison.Ordinal);
        AssertNoTrace(general, "the all-members notice preview");
        using var client = system.CreateClient(system.Tokens.Issue("sekretariat-system", HfiRoles.Secretariat));
        Assert.Equal(
            System.Net.HttpStatusCode.NotFound,
            (await client.GetAsync($"/api/meetings/{meetingId}/notice")).StatusCode
        );
    }

    /// <summary>The notice's "Meld forfall": the member leaves at 17:30, before case 08.24.</summary>
    private static async Task ReportLeavingEarlyAsync(WebUser member, string meetingId)
    {
        var page = member.Page;
        await member.GoToAsync($"/moter/{meetingId}/forfall");
        await page.GetByLabel("Deler av møtet").CheckAsync();
        await page.GetByLabel("Jeg går kl.").FillAsync("17:30");
        await page.GetByLabel("Merknad til sekretariatet").FillAsync("Må rekke toget.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Meld forfall" }).ClickAsync();
        await Assertions
            .Expect(page.GetByText("Du har meldt at du går kl. 17:30. Merknad: Må rekke toget."))
            .ToBeVisibleAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Endre forfallet" }))
            .ToBeVisibleAsync();
    }

    private static async Task OpenInboxWithNoticeAsync(WebUser member)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        do
        {
            await member.GoToAsync("/varsler");
            if (await member.Page.GetByRole(AriaRole.Button, new() { Name = "Merk som lest" }).CountAsync() > 0)
                break;
            await Task.Delay(1_000);
        } while (DateTime.UtcNow < deadline);
        await Assertions.Expect(member.Page.GetByText("Ulest").First).ToBeVisibleAsync();
    }
}
