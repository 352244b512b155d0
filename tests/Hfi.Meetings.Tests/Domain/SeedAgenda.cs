using Hfi.Contracts;
using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Meetings.Tests.Domain;

/// <summary>
/// The seed notice (seeds/004) for Partnerskapsmøtet, built with the domain: the reference for the tests.
/// </summary>
internal static class SeedAgenda
{
    public const string ArenaId = "partnerskapsmotet";
    public static readonly DateTimeOffset StartsAt = OsloTime.At(new DateOnly(2024, 10, 24), new TimeOnly(16, 15));
    public static readonly DateTimeOffset PlannedEnd = OsloTime.At(new DateOnly(2024, 10, 24), new TimeOnly(18, 0));

    public static readonly AgendaItemContent Presentation = new()
    {
        Kind = AgendaItemKind.Presentation,
        Title = "Erfaringer på strategisk samarbeid fra Helsefelleskap i nordre Trøndelag",
        Presenter = "Jonas Sjømæling, samhandlingsleder helse, kommunene i nordre Trøndelag",
        DurationMinutes = 15,
        QuestionMinutes = 5,
    };

    public static IEnumerable<AgendaItemContent> Cases()
    {
        yield return Case(
            "Årsrapport Helsefelleskap Innlandet 2023 – 2024",
            10,
            "Partnerskapsmøtet godkjenner årsrapport 2023."
        ) with
        {
            Attachments = [new(Guid.Parse("00000000-0000-0000-0000-000000000301"), "Forslag til årsrapport")],
        };
        yield return Case(
            "Strategiplan Helsefellesskap Innlandet 2022-2026 – strategiske satsninger og revidering",
            30,
            null
        ) with
        {
            ResolutionPoints =
            [
                "Partnerskapsmøtet godkjenner utvidelse av planperioden for strategiplan Helsefellesskap Innlandet fra 2022-2026 til 2022-2027.",
                "Partnerskapsmøtet ber strategisk samarbeidsutvalg igangsette prosess for å revidere strategiplan for Helsefelleskap Innlandet, med opprettelse av en kjernegruppe for å sikre forankring i styringslinjer og samordning med eksterne samarbeidspartnere.",
                "Partnerskapsmøtet ber strategisk samarbeidsutvalg prioritere tiltaksområder innen følgende prioritering av satsningsområder for 2025: Interessepolitikk; Samhandling med de som trenger det mest; Likeverdige tjenester; Videreutvikling av Helsefellesskap Innlandet",
            ],
        };
        yield return Case(
            "Samarbeidsavtalen mellom Sykehuset Innlandet og kommunene i sykehusområdet – erfaringer",
            10,
            "Partnerskapsmøtet ber Strategisk samarbeidsutvalg sikre forankring og etterlevelse av Samarbeidsavtalen mellom Sykehuset Innlandet og kommunene i sykehusområdet"
        );
        yield return Case("Partnerskapsmøtet 2025", 5, null) with
        {
            Alternatives =
            [
                "Partnerskapsmøtet ber Strategisk samarbeidsutvalg planlegge for Partnerskapsmøtet, lagt i tilknytning til KS Høstkonferanse i 2025.",
                "Partnerskapsmøtet ber Strategisk samarbeidsutvalg planlegge for Partnerskapsmøtet på teams medio juni 2025.",
            ],
        };
        yield return Case(
            "Rekruttering – og samhandlingsmidler - orientering",
            3,
            "Partnerskapsmøtet tar saken til orientering."
        ) with
        {
            CaseType = CaseType.Orientation,
        };
    }

    public static readonly AgendaItemContent MunicipalBudget = Case(
        "Helsefelleskap Innlandet – kommunalt budsjett 2025 - regnskap 2023",
        15,
        "Kommunalt budsjett 2025 vedtas."
    ) with
    {
        Audience = Audiences.MunicipalRepresentatives,
        Background = "Saken sendes ut separat til kommunale representanter.",
        Attachments =
        [
            new(
                Guid.Parse("00000000-0000-0000-0000-000000000801"),
                "Regnskap for 2023 og forslag til kommunalt budsjett 2024"
            ),
        ],
    };

    /// <summary>The whole seed agenda, in the seed's order, ready for the notice.</summary>
    public static Meeting Build(string? plannedMeetingId = null)
    {
        var numbers = CaseNumberSequence.Start(ArenaId, 2024);
        var meeting = Meeting.Create(
            new MeetingDetails
            {
                ArenaId = ArenaId,
                Title = "Partnerskapsmøtet 2024",
                StartsAt = StartsAt,
                EndsAt = PlannedEnd,
                Place = "Hamar",
                PlannedMeetingId = plannedMeetingId,
            },
            numbers,
            previous: null
        );
        var presentation = meeting.AddItem(Presentation, numbers);
        foreach (var content in Cases())
            meeting.AddItem(content, numbers);
        meeting.AddItem(MunicipalBudget, numbers);
        var eventuelt = meeting.Items.Single(i => i.Kind == AgendaItemKind.AnyOtherBusiness);
        meeting.UpdateItem(
            eventuelt.Id,
            eventuelt.Content with
            {
                DurationMinutes = 2,
                Background = "NTNU og Universitetet I Oslo - etablerer medisinutdanning i Innlandet",
            }
        );
        meeting.Reorder([presentation.Id, .. meeting.OrderedItems.Where(i => i != presentation).Select(i => i.Id)]);
        return meeting;
    }

    /// <summary>The seed agenda with its notice issued, ready for attendance.</summary>
    public static Meeting Noticed()
    {
        var meeting = Build();
        meeting.IssueNotice();
        return meeting;
    }

    public static void Present(this Meeting meeting, ArenaRoster roster, params MemberInfo[] members)
    {
        foreach (var member in members)
            meeting.RecordAttendance(roster, member.MemberId, present: true, SeedAgenda.StartsAt);
    }

    /// <summary>Records a decision on the meeting's day.</summary>
    public static Decision Decide(
        this Meeting meeting,
        ArenaRoster roster,
        ArenaRules rules,
        Guid itemId,
        DecisionInput input
    ) => meeting.RecordDecision(roster, rules, itemId, input, StartsAt);

    public static AgendaItem Item(this Meeting meeting, string caseNumber) =>
        meeting.Items.Single(i => i.CaseNumber == caseNumber);

    private static AgendaItemContent Case(string title, int minutes, string? proposal) =>
        new()
        {
            Kind = AgendaItemKind.Case,
            Title = title,
            DurationMinutes = minutes,
            CaseType = CaseType.Decision,
            ProposedResolution = proposal,
        };
}
