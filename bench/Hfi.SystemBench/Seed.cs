namespace Hfi.SystemBench;

/// <summary>
/// What the loads read, made by the secretariat through the gateway's REST API: an arena with <c>members</c> members
/// (spread over the partners, so both audiences of the notice occur) and a meeting whose agenda holds the 8 cases of
/// the seed notice to Partnerskapsmøtet (/work/shared/seeds/004_…), the last for municipal representatives only.
/// </summary>
internal static class Seed
{
    private const int Parallel = 8;
    private const string AllMembers = "all-members";
    private const string MunicipalOnly = "municipal-representatives";

    private static readonly (string Title, int Minutes, string CaseType, string Resolution, string Audience)[] Cases =
    [
        (
            "Godkjenning av innkalling og saksliste",
            2,
            "CASE_TYPE_BESLUTNING",
            "Innkalling og saksliste godkjennes.",
            AllMembers
        ),
        (
            "Godkjenning av fullmakter",
            3,
            "CASE_TYPE_BESLUTNING",
            "Sekretariatet gis fullmakt til å telle antall stemmeberettigede.",
            AllMembers
        ),
        (
            "Årsrapport Helsefelleskap Innlandet 2023 – 2024",
            10,
            "CASE_TYPE_BESLUTNING",
            "Partnerskapsmøtet godkjenner årsrapport 2023.",
            AllMembers
        ),
        (
            "Strategiplan Helsefellesskap Innlandet 2022-2026 – strategiske satsninger og revidering",
            30,
            "CASE_TYPE_BESLUTNING",
            "Partnerskapsmøtet godkjenner utvidelse av planperioden for strategiplan "
                + "Helsefellesskap Innlandet fra 2022-2026 til 2022-2027.",
            AllMembers
        ),
        (
            "Samarbeidsavtalen mellom Sykehuset Innlandet og kommunene i sykehusområdet – erfaringer",
            10,
            "CASE_TYPE_DROFTING",
            "Partnerskapsmøtet ber Strategisk samarbeidsutvalg sikre forankring og etterlevelse "
                + "av Samarbeidsavtalen mellom Sykehuset Innlandet og kommunene i sykehusområdet.",
            AllMembers
        ),
        (
            "Partnerskapsmøtet 2025",
            5,
            "CASE_TYPE_BESLUTNING",
            "Partnerskapsmøtet ber Strategisk samarbeidsutvalg "
                + "planlegge for Partnerskapsmøtet, lagt i tilknytning til KS Høstkonferanse i 2025.",
            AllMembers
        ),
        (
            "Rekruttering – og samhandlingsmidler - orientering",
            3,
            "CASE_TYPE_ORIENTERING",
            "Partnerskapsmøtet tar saken til orientering.",
            AllMembers
        ),
        (
            "Helsefelleskap Innlandet – kommunalt budsjett 2025 - regnskap 2023",
            15,
            "CASE_TYPE_BESLUTNING",
            "Kommunalt budsjett 2025 vedtas.",
            MunicipalOnly
        ),
    ];

    public sealed record Seeded(string ArenaId, string MeetingId);

    public static async Task<Seeded> RunAsync(Uri gateway, BenchTokens tokens, int members)
    {
        using var secretariat = GatewayRequests.Client(gateway, tokens.Secretariat);
        var tag = Guid.NewGuid().ToString("N")[..6];

        var arena = await GatewayRequests.SendAsync(
            secretariat,
            HttpMethod.Post,
            "/api/planning/arenas",
            new { name = $"Partnerskapsmøtet (bench {tag})", kind = "ARENA_KIND_OTHER" }
        );
        var arenaId = arena.GetProperty("arenaId").GetString()!;

        var partners = (await GatewayRequests.SendAsync(secretariat, HttpMethod.Get, "/api/planning/partners", null))
            .GetProperty("partners")
            .EnumerateArray()
            .Select(p => (Id: p.GetProperty("partnerId").GetString()!, Kind: p.GetProperty("kind").GetString()!))
            .ToArray();
        await System.Threading.Tasks.Parallel.ForEachAsync(
            Enumerable.Range(1, members),
            new ParallelOptions { MaxDegreeOfParallelism = Parallel },
            async (i, _) =>
            {
                var partner = partners[i % partners.Length];
                var hospital = partner.Kind == "PARTNER_KIND_HOSPITAL";
                await GatewayRequests.SendAsync(
                    secretariat,
                    HttpMethod.Post,
                    $"/api/planning/arenas/{arenaId}/members",
                    new
                    {
                        personName = $"Medlem {i}",
                        email = $"medlem.{i}.{tag}@{partner.Id}.bench.test",
                        partnerId = partner.Id,
                        kind = hospital
                            ? "MEMBER_KIND_HOSPITAL_REPRESENTATIVE"
                            : "MEMBER_KIND_MUNICIPAL_REPRESENTATIVE",
                        role = "MEMBER_ROLE_MEMBER",
                        hasVotingRight = true,
                        termFrom = "2024-01-01",
                    }
                );
            }
        );

        var startsAt = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(30).AddHours(14), TimeSpan.Zero);
        var meeting = await GatewayRequests.SendAsync(
            secretariat,
            HttpMethod.Post,
            "/api/meetings",
            new
            {
                arenaId,
                title = "Partnerskapsmøtet",
                startsAt,
                endsAt = startsAt.AddHours(3),
                place = "Scandic Hamar",
            }
        );
        var meetingId = meeting.GetProperty("meetingId").GetString()!;
        foreach (var (title, minutes, caseType, resolution, audience) in Cases)
        {
            await GatewayRequests.SendAsync(
                secretariat,
                HttpMethod.Post,
                $"/api/meetings/{meetingId}/agenda/items",
                new
                {
                    kind = "AGENDA_ITEM_KIND_CASE",
                    title,
                    durationMinutes = minutes,
                    caseType,
                    proposedResolution = resolution,
                    audience,
                }
            );
        }

        return new Seeded(arenaId, meetingId);
    }
}
