using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Hfi.ServiceDefaults.Norwegian;
using Hfi.SystemTests.Security;
using Microsoft.Playwright;

namespace Hfi.SystemTests.Browser;

/// <summary>
/// The meeting day in the browser, from the plan to approved minutes and a follow-up, with the seed's cases
/// (seeds/004): check-in done with the keyboard alone, a substitute who comes for an absent member, a proxy, a
/// conflict of interest, the municipal-only case 08.24, decisions by proposal, alternative and amended text;
/// then a municipal representative reads the approved minutes with 08.24, each decision saying how it was made, and a
/// hospital one reads them without it.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class MeetingDayTests(RunningSystem system, Chromium chromium)
{
    private const string Report = "Årsrapport Helsefelleskap Innlandet 2023 – 2024";
    private const string NextMeeting = "Partnerskapsmøtet 2025";
    private const string Budget = "Helsefelleskap Innlandet – kommunalt budsjett 2025 - regnskap 2023";
    private const string Amended = "Kommunalt budsjett 2025 og regnskap 2023 vedtas med endringene fra møtet.";
    private const string Amendment = "Forslag fra Hamar: «med endringene fra møtet» føyes til.";
    private const string ReportDecision = "Partnerskapsmøtet godkjenner årsrapport 2023.";

    [Fact]
    public async Task The_secretariat_runs_the_seed_meeting_from_check_in_to_approved_minutes_and_a_follow_up()
    {
        using var api = await system.SignedInClientAsync("sekretariat");
        var browser = await chromium.BrowserAsync();
        SeedMeeting meeting;

        await using (var secretariat = await WebUser.SignInAsync(browser, system.Gateway, "sekretariat"))
        {
            var page = secretariat.Page;
            page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
            meeting = await NoticeIssuedMeetingAsync(api, secretariat);
            await secretariat.GoToAsync($"/moter/{meeting.Id}/motet");
            await secretariat.ScreenshotAsync("motet-innsjekk");

            await CheckInWithKeyboardAsync(page, "Ola");
            await CheckInWithKeyboardAsync(page, "Kari Nordmann");
            await Assertions
                .Expect(page.Locator("#sete-" + meeting.Ola).Locator(".setestatus"))
                .ToHaveTextAsync("Til stede");

            // Gjøvik's member cannot come: vara 1 is asked, and comes.
            await page.GetByRole(AriaRole.Button, new() { Name = "Forfall: Guro Gjøvik" }).ClickAsync();
            await Assertions
                .Expect(page.Locator("#sete-" + meeting.Guro).Locator(".setestatus"))
                .ToContainTextAsync("Forfall");
            await page.GetByText("Mer for Guro Gjøvik").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Vilde Vara har kommet" }).ClickAsync();
            await Assertions
                .Expect(page.Locator("#sete-" + meeting.Guro).Locator(".setestatus"))
                .ToContainTextAsync("Vilde Vara møter som vara (til stede)");

            // The hospital's second member gives a proxy to Kari Nordmann.
            await page.GetByRole(AriaRole.Button, new() { Name = "Forfall: Henrik Sykehus" }).ClickAsync();
            // The seat is drawn anew once the absence is saved; a proxy chosen before that would be on the old card.
            await Assertions
                .Expect(page.Locator("#sete-" + meeting.Henrik).Locator(".setestatus"))
                .ToHaveTextAsync("Forfall");
            await page.GetByText("Mer for Henrik Sykehus").ClickAsync();
            await page.GetByLabel("Fullmakt fra Henrik Sykehus til")
                .SelectOptionAsync(new SelectOptionValue { Label = "Kari Nordmann, Sykehuset Innlandet" });
            await page.Locator("#sete-" + meeting.Henrik)
                .GetByRole(AriaRole.Button, new() { Name = "Gi fullmakt" })
                .ClickAsync();
            await Assertions
                .Expect(page.Locator("#sete-" + meeting.Henrik).Locator(".setestatus"))
                .ToContainTextAsync("fullmakt gitt til Kari Nordmann");
            await Assertions
                .Expect(page.Locator("#telling-mote"))
                .ToContainTextAsync("4 stemmer (3 til stede med stemmerett og 1 fullmakt) av 4");
            await Assertions.Expect(page.Locator("#telling-mote")).ToContainTextAsync("Beslutningsdyktig");

            await page.GetByRole(AriaRole.Button, new() { Name = "Marker møtet som avholdt" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Møtet: Avholdt.")).ToBeVisibleAsync();
            await secretariat.ScreenshotAsync("motet-avholdt");

            // Ola is disqualified on the annual report: the count leaves him out.
            await ChooseCaseWithKeyboardAsync(page, meeting.ReportCase);
            // A refusal stands next to what caused it: no one chosen.
            await page.GetByRole(AriaRole.Button, new() { Name = "Registrer inhabilitet" }).ClickAsync();
            await Assertions.Expect(page.Locator("#inhabil-skjema .feilsammendrag")).ToBeVisibleAsync();
            await page.GetByLabel("Representant", new() { Exact = true })
                .SelectOptionAsync(new SelectOptionValue { Label = "Ola Nordmann, Hamar" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Registrer inhabilitet" }).ClickAsync();
            await Assertions
                .Expect(page.Locator("#telling-sak"))
                .ToContainTextAsync("Inhabile er holdt utenfor: Ola Nordmann");
            await Assertions.Expect(page.Locator("#telling-sak")).ToContainTextAsync("3 stemmer");
            await DecideWithKeyboardAsync(page);
            await Assertions
                .Expect(page.Locator(".vedtak"))
                .ToContainTextAsync("Partnerskapsmøtet godkjenner årsrapport 2023.");
            await secretariat.ScreenshotAsync("motet-vedtak");

            await ChooseCaseWithKeyboardAsync(page, meeting.NextMeetingCase);
            await page.GetByLabel("Alternativ 2:").CheckAsync();
            await page.GetByLabel("Votering med stemmetall").CheckAsync();
            await page.GetByLabel("For", new() { Exact = true }).FillAsync("3");
            await page.GetByLabel("Mot", new() { Exact = true }).FillAsync("1");
            await page.GetByLabel("Avstår", new() { Exact = true }).FillAsync("0");
            await page.GetByRole(AriaRole.Button, new() { Name = "Før vedtaket" }).ClickAsync();
            await Assertions.Expect(page.Locator(".vedtak")).ToContainTextAsync("For: 3, mot: 1, avstår: 0.");

            // The municipal-only case: marked as such, decided with an amended text.
            await ChooseCaseWithKeyboardAsync(page, meeting.BudgetCase);
            await Assertions.Expect(page.GetByText("Sak kun for kommunale representanter")).ToBeVisibleAsync();
            await page.GetByLabel("Endret vedtak (skriv teksten under)").CheckAsync();
            await page.GetByLabel("Endret vedtakstekst").FillAsync(Amended);
            await page.GetByLabel("Endringsforslaget").FillAsync(Amendment);
            await page.GetByRole(AriaRole.Button, new() { Name = "Før vedtaket" }).ClickAsync();
            await Assertions.Expect(page.Locator(".vedtak")).ToContainTextAsync(Amended);

            await page.GetByRole(AriaRole.Link, new() { Name = "Protokoll" }).ClickAsync();
            await secretariat.WaitUntilShownAsync($"/moter/{meeting.Id}/protokoll");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lag utkast til protokoll" }).ClickAsync();
            await Assertions
                .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Utkast til protokoll" }))
                .ToBeVisibleAsync();
            await AssertHowDecidedAsync(page, meeting);

            var followUp = page.Locator($"#vedtak-{CssId(meeting.ReportCase)}");
            await followUp.GetByText($"Ny oppfølging av sak {meeting.ReportCase}").ClickAsync();
            await followUp.GetByLabel("Tiltak").FillAsync("Publisere årsrapporten på nettsiden");
            await followUp.GetByLabel("Ansvarlig").FillAsync("Sekretariatet");
            await followUp
                .GetByLabel("Frist")
                .FillAsync(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await followUp
                .GetByRole(AriaRole.Button, new() { Name = $"Legg til oppfølging av sak {meeting.ReportCase}" })
                .ClickAsync();
            await Assertions
                .Expect(page.GetByText("Publisere årsrapporten på nettsiden – ansvarlig Sekretariatet"))
                .ToBeVisibleAsync();
            await secretariat.ScreenshotAsync("protokoll-utkast");
            var previews = page.GetByRole(AriaRole.List, new() { Name = "Forhåndsvis protokollen som PDF" });
            var general = await PdfPreview.OpenAsync(
                page,
                previews.GetByRole(AriaRole.Link, new() { Name = "Forhåndsvis PDF: til alle representantene" }),
                "protokoll-forhandsvisning-alle"
            );
            var forMunicipal = await PdfPreview.OpenAsync(
                page,
                previews.GetByRole(AriaRole.Link, new() { Name = "Forhåndsvis PDF: til kommunale representanter" }),
                "protokoll-forhandsvisning-kommunale"
            );
            Assert.Contains(ReportDecision, general, StringComparison.Ordinal);
            Assert.DoesNotContain($"Sak {meeting.BudgetCase}", general, StringComparison.Ordinal);
            Assert.Contains($"Sak {meeting.BudgetCase}", forMunicipal, StringComparison.Ordinal);
            await Assertions
                .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Utkast til protokoll" }))
                .ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Godkjenn protokollen" }).ClickAsync();
            await Assertions
                .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Godkjent protokoll", Exact = true }))
                .ToBeVisibleAsync();
            await secretariat.ScreenshotAsync("protokoll-godkjent");
            Assert.Empty(secretariat.ScriptErrors);
        }

        // An upload whose title starts like the minutes' own is not one of the minutes' files.
        await UploadPdfAsync(api, meeting.Id, "Protokoll fra forrige møte");
        await using (var municipal = await WebUser.SignInAsync(browser, system.Gateway, "kommune-hamar"))
        {
            // Documents makes the minutes' files on approval, a little after it.
            var files = municipal.Page.Locator("section[aria-labelledby=pdf-tittel] li");
            for (var deadline = DateTime.UtcNow.AddSeconds(60); ; await Task.Delay(500))
            {
                await municipal.GoToAsync($"/moter/{meeting.Id}/protokoll");
                if (await files.CountAsync() > 0)
                    break;
                Assert.True(DateTime.UtcNow < deadline, "No file of the approved minutes on the page in 60 s.");
            }
            await Assertions.Expect(files.First).ToContainTextAsync("Protokoll –");
            await Assertions.Expect(files.Filter(new() { HasText = "forrige møte" })).ToHaveCountAsync(0);
            // Only the minutes are read, however many attachments the meeting has.
            Assert.All(
                municipal
                    .ApiAnswers.Select(a => a.Url)
                    .Where(u => u.Contains("/attachments", StringComparison.Ordinal)),
                u => Assert.Contains("kind=minutes", u, StringComparison.Ordinal)
            );
            await Assertions
                .Expect(municipal.Page.GetByRole(AriaRole.Heading, new() { Name = "Godkjent protokoll", Exact = true }))
                .ToBeVisibleAsync();
            await Assertions.Expect(municipal.Page.GetByText(Amended)).ToBeVisibleAsync();
            await AssertHowDecidedAsync(municipal.Page, meeting);
            await municipal.ScreenshotAsync("protokoll-medlem");
            Assert.Empty(municipal.ScriptErrors);
        }

        await using (var hospital = await WebUser.SignInAsync(browser, system.Gateway, "sykehus"))
        {
            await hospital.GoToAsync($"/moter/{meeting.Id}/protokoll");
            await Assertions.Expect(hospital.Page.GetByText(ReportDecision)).ToBeVisibleAsync();
            await Assertions
                .Expect(hospital.Page.Locator($"#vedtak-{CssId(meeting.ReportCase)}"))
                .ToContainTextAsync("Ola Nordmann fratrådte under behandlingen");
            foreach (var (url, body) in hospital.ApiAnswers)
            {
                Assert.False(
                    body.Contains(Budget, StringComparison.Ordinal),
                    $"{url} gives away case {meeting.BudgetCase}."
                );
                Assert.False(
                    body.Contains(Amended, StringComparison.Ordinal),
                    $"{url} gives away the decision of {meeting.BudgetCase}."
                );
            }
        }
    }

    private static async Task UploadPdfAsync(HttpClient api, string meetingId, string title)
    {
        var content = new ByteArrayContent("%PDF-1.4\n% protokoll\n%%EOF\n"u8.ToArray());
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(title), "title" },
            { content, "file", "protokoll-forrige.pdf" },
        };
        using var uploaded = await api.PostAsync($"/api/documents/meetings/{meetingId}/attachments", form);
        Assert.True(uploaded.IsSuccessStatusCode, await uploaded.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Each decision in the minutes says how it was made: basis, vote, who was disqualified, which body decided.
    /// </summary>
    private static async Task AssertHowDecidedAsync(IPage page, SeedMeeting meeting)
    {
        var report = page.Locator($"#vedtak-{CssId(meeting.ReportCase)} .vedtaksfakta");
        await Assertions.Expect(report).ToContainTextAsync("VedtattForslaget til vedtak");
        await Assertions
            .Expect(report)
            .ToContainTextAsync("AvstemningEnstemmig (3 stemmeberettigede til stede av 4 seter)");
        await Assertions.Expect(report).ToContainTextAsync("InhabileOla Nordmann fratrådte under behandlingen");
        await Assertions.Expect(report).Not.ToContainTextAsync("Vedtatt av");

        var next = page.Locator($"#vedtak-{CssId(meeting.NextMeetingCase)} .vedtaksfakta");
        await Assertions.Expect(next).ToContainTextAsync("VedtattAlternativ 2");
        await Assertions.Expect(next).ToContainTextAsync("Avstemning3 for, 1 mot, 0 avsto");
        await Assertions.Expect(next).ToContainTextAsync("InhabileIngen");

        // Municipal-only: the municipal representatives decided it alone, on an amended text.
        var budget = page.Locator($"#vedtak-{CssId(meeting.BudgetCase)} .vedtaksfakta");
        await Assertions.Expect(budget).ToContainTextAsync("VedtattEndret forslag");
        await Assertions.Expect(budget).ToContainTextAsync($"Endringsforslag{Amendment}");
        await Assertions
            .Expect(budget)
            .ToContainTextAsync("Forslag i sakslistenKommunalt budsjett 2025 og regnskap 2023 vedtas.");
        await Assertions.Expect(budget).ToContainTextAsync("Vedtatt avKommunenes representanter alene");
    }

    private static string CssId(string caseNumber) => caseNumber.Replace(".", "\\.", StringComparison.Ordinal);

    /// <summary>
    /// From the top of the page with Tab alone: to the name search, the name, Enter, and Enter on "Til stede".
    /// </summary>
    private static async Task CheckInWithKeyboardAsync(IPage page, string name)
    {
        await page.Locator("#innhold").FocusAsync();
        await TabUntilAsync(page, "#finn-sete");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(name);
        await page.Keyboard.PressAsync("Enter");
        Assert.True(
            await page.EvaluateAsync<bool>("() => document.activeElement?.id?.startsWith('tilstede-')"),
            $"Enter in the search did not reach {name}'s «Til stede»."
        );
        await page.Keyboard.PressAsync("Enter");
        await Assertions
            .Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Til stede: {name}", Exact = false }).First)
            .ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.Locator("#finn-sete")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#finn-sete")).ToHaveValueAsync("");
    }

    private static async Task ChooseCaseWithKeyboardAsync(IPage page, string caseNumber)
    {
        await page.Locator("#innhold").FocusAsync();
        await TabUntilAsync(page, "#sak-naa");
        for (var step = 0; step < 20; step++)
        {
            var chosen = await page.EvaluateAsync<string>(
                "() => document.querySelector('#sak-naa').selectedOptions[0].textContent"
            );
            if (chosen.StartsWith($"Sak {caseNumber} ", StringComparison.Ordinal))
                break;
            await page.Keyboard.PressAsync("ArrowDown");
            // The page loads the case's count and redraws: wait for it before the next key.
            await page.WaitForFunctionAsync(
                """
                () => {
                const select = document.querySelector('#sak-naa');
                const shown = document.querySelector('#sak-tittel ~ div h3')?.textContent ?? '';
                return document.activeElement === select && shown !== '' && select.selectedOptions[0].textContent.startsWith(shown);
                }
                """
            );
        }
        await Assertions.Expect(page.Locator("#sak-tittel ~ div h3")).ToContainTextAsync($"Sak {caseNumber}");
    }

    /// <summary>The proposal, unanimous: with Tab to the save button and Enter.</summary>
    private static async Task DecideWithKeyboardAsync(IPage page)
    {
        await TabUntilAsync(page, "#vedtak-lagre");
        await page.Keyboard.PressAsync("Enter");
    }

    private static async Task TabUntilAsync(IPage page, string selector)
    {
        for (var step = 0; step < 200; step++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
                return;
        }
        Assert.Fail($"Tab never reached {selector}.");
    }

    private sealed record SeedMeeting(
        string Id,
        string Ola,
        string Guro,
        string Henrik,
        string ReportCase,
        string NextMeetingCase,
        string BudgetCase
    );

    /// <summary>
    /// An arena of four seats (two municipal, two hospital) and a vara for Gjøvik; its meeting of yesterday in the
    /// annual plan, made a meeting in the plan's page, with three of the seed's cases, 08.24's for municipal
    /// representatives only; its notice issued.
    /// </summary>
    private static async Task<SeedMeeting> NoticeIssuedMeetingAsync(HttpClient api, WebUser secretariat)
    {
        var arenaName = $"Møtedagen {Guid.NewGuid():N}"[..20];
        var arenaId = await api.CreateArenaAsync(arenaName);
        await api.AddMemberAsync(
            arenaId,
            "Ola Nordmann",
            "ola.nordmann@hamar.kommune.no",
            "hamar",
            "MEMBER_KIND_MUNICIPAL_REPRESENTATIVE"
        );
        await api.AddMemberAsync(
            arenaId,
            "Guro Gjøvik",
            "guro.gjovik@gjovik.kommune.test",
            "gjovik",
            "MEMBER_KIND_MUNICIPAL_REPRESENTATIVE"
        );
        await api.AddMemberAsync(
            arenaId,
            "Kari Nordmann",
            "kari.nordmann@sykehuset-innlandet.no",
            "sykehuset-innlandet",
            "MEMBER_KIND_HOSPITAL_REPRESENTATIVE"
        );
        await api.AddMemberAsync(
            arenaId,
            "Henrik Sykehus",
            "henrik.sykehus@sykehuset-innlandet.test",
            "sykehuset-innlandet",
            "MEMBER_KIND_HOSPITAL_REPRESENTATIVE"
        );
        var members = await MembersAsync(api, arenaId);
        var added = await api.PostAsJsonAsync(
            $"/api/planning/arenas/{arenaId}/members",
            new
            {
                personName = "Vilde Vara",
                email = "vilde.vara@gjovik.kommune.test",
                partnerId = "gjovik",
                kind = "MEMBER_KIND_MUNICIPAL_REPRESENTATIVE",
                role = "MEMBER_ROLE_SUBSTITUTE",
                hasVotingRight = true,
                termFrom = "2024-01-01",
                substituteForMemberId = members["Guro Gjøvik"],
                substituteRank = 1,
            }
        );
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());

        // Yesterday in Oslo: the meeting's steps follow the clock, so attendance and decisions come on or after its day.
        var day = OsloTime.Day(DateTimeOffset.UtcNow).AddDays(-1);
        string[] months = ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"];
        var dateText = $"{day.Day:00}.{months[day.Month - 1]}.{day.Year % 100:00}";
        var table =
            $"Samhandlingsarenaer\tHelseregioner\tDag\tDato\tKlokkeslett\tSted\tSaker\n{arenaName}\t\t\t{dateText}\t09:00-11:00\tHamar\tÅrsrapport\n";
        using (
            var imported = await api.PostAsync(
                $"/api/planning/plans/{day.Year}/import",
                new StringContent(table, System.Text.Encoding.UTF8, "text/plain")
            )
        )
        {
            Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
        }

        var page = secretariat.Page;
        await secretariat.GoToAsync($"/arsplan?ar={day.Year}&arena={arenaId}");
        var row = page.Locator("tr", new() { HasText = dateText });
        await row.GetByText($"Endre {arenaName} {dateText}").ClickAsync();
        await row.GetByLabel("Tittel").FillAsync("Partnerskapsmøtet – møtedagen");
        await row.GetByRole(AriaRole.Button, new() { Name = "Opprett møtet fra planen" }).ClickAsync();
        await page.WaitForURLAsync("**/moter/*");
        var meetingId = page.Url.Split('/').Last();
        await secretariat.WaitUntilShownAsync($"/moter/{meetingId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "I årsplanen" })).ToBeVisibleAsync();

        var report = await AddCaseAsync(
            api,
            meetingId,
            new { title = Report, proposedResolution = "Partnerskapsmøtet godkjenner årsrapport 2023." }
        );
        var next = await AddCaseAsync(
            api,
            meetingId,
            new
            {
                title = NextMeeting,
                alternatives = new[]
                {
                    "Partnerskapsmøtet ber Strategisk samarbeidsutvalg planlegge for Partnerskapsmøtet, lagt i tilknytning til KS Høstkonferanse i 2025.",
                    "Partnerskapsmøtet ber Strategisk samarbeidsutvalg planlegge for Partnerskapsmøtet på teams medio juni 2025.",
                },
            }
        );
        var budget = await AddCaseAsync(
            api,
            meetingId,
            new
            {
                title = Budget,
                background = "Saken sendes ut separat til kommunale representanter.",
                proposedResolution = "Kommunalt budsjett 2025 og regnskap 2023 vedtas.",
                audience = "municipal-representatives",
            }
        );
        using var notice = await api.PostAsJsonAsync($"/api/meetings/{meetingId}/notice", new { });
        Assert.True(notice.IsSuccessStatusCode, await notice.Content.ReadAsStringAsync());
        return new(
            meetingId,
            members["Ola Nordmann"],
            members["Guro Gjøvik"],
            members["Henrik Sykehus"],
            report,
            next,
            budget
        );
    }

    private static async Task<Dictionary<string, string>> MembersAsync(HttpClient api, string arenaId) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/planning/arenas/{arenaId}/members"))
            .GetProperty("members")
            .EnumerateArray()
            .ToDictionary(m => m.GetProperty("personName").GetString()!, m => m.GetProperty("memberId").GetString()!);

    private static async Task<string> AddCaseAsync(HttpClient api, string meetingId, object fields)
    {
        var item = JsonSerializer.SerializeToNode(fields, JsonSerializerOptions.Web)!.AsObject();
        item["kind"] = "AGENDA_ITEM_KIND_CASE";
        item["caseType"] = "CASE_TYPE_BESLUTNING";
        item["durationMinutes"] = 15;
        using var added = await api.PostAsJsonAsync($"/api/meetings/{meetingId}/agenda/items", item);
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
        return (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString()!;
    }
}
