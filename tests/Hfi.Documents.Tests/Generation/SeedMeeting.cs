using Hfi.Contracts;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Documents.Tests.Generation;

/// <summary>
/// The partnership meeting of the seed notice (seeds/004): a presentation, cases 01.24–07.24, any other business,
/// and 08.24 for municipal representatives only, with its own attachment.
/// </summary>
internal static class SeedMeeting
{
    public static readonly Guid MeetingId = Guid.Parse("0195a1c2-0000-7000-8000-000000000004");
    public static readonly string[] CaseNumbers =
    [
        "01.24",
        "02.24",
        "03.24",
        "04.24",
        "05.24",
        "06.24",
        "07.24",
        "08.24",
    ];
    public const string RestrictedAttachment =
        "Regnskap for 2023 og forslag til kommunalt budsjett 2024 i Helsefelleskap Innlandet";

    /// <param name="withRestrictedItems">
    /// true gives every item whatever the audience, as a careless publisher might: the all-members notice must still
    /// leave 08.24 out.
    /// </param>
    public static MeetingNoticeIssued Notice(string audience, bool withRestrictedItems, int version = 1)
    {
        var items = Items()
            .Where(i =>
                withRestrictedItems
                || i.Audience == Audiences.AllMembers
                || audience == Audiences.MunicipalRepresentatives
            )
            .ToList();
        return new MeetingNoticeIssued
        {
            MeetingId = MeetingId,
            ArenaId = "partnerskapsmotet",
            ArenaName = "Partnerskapsmøtet",
            NoticeVersion = version,
            Audience = audience,
            Title = "Partnerskapsmøtet i Helsefellesskap Innlandet",
            StartsAt = new DateTimeOffset(2025, 2, 13, 15, 0, 0, TimeSpan.Zero),
            PlannedEndsAt = new DateTimeOffset(2025, 2, 13, 17, 0, 0, TimeSpan.Zero),
            EstimatedEnd = "17:40",
            Place = "Scandic Hamar",
            Chair = "Leder av partnerskapsmøtet",
            Secretary = "Sekretariatet i Helsefellesskap Innlandet",
            Items = items,
            IssuedAt = new DateTimeOffset(2025, 1, 30, 9, 0, 0, TimeSpan.Zero),
        };
    }

    public static MinutesApproved Minutes(string audience) =>
        new()
        {
            MeetingId = MeetingId,
            ArenaId = "partnerskapsmotet",
            ArenaName = "Partnerskapsmøtet",
            Audience = audience,
            Title = "Partnerskapsmøtet i Helsefellesskap Innlandet",
            StartsAt = new DateTimeOffset(2025, 2, 13, 15, 0, 0, TimeSpan.Zero),
            EndsAt = new DateTimeOffset(2025, 2, 13, 16, 55, 0, TimeSpan.Zero),
            Place = "Scandic Hamar",
            Chair = "Leder av partnerskapsmøtet",
            Secretary = "Sekretariatet i Helsefellesskap Innlandet",
            Attendees =
            [
                new MinutesAttendee
                {
                    Name = "Kari Nordmann",
                    PartnerName = "Hamar kommune",
                    Attendance = "present",
                    HasVotingRight = true,
                },
                new MinutesAttendee
                {
                    Name = "Ola Vara",
                    PartnerName = "Elverum kommune",
                    Attendance = "substitute",
                    SubstituteFor = "Per Fast",
                    HasVotingRight = true,
                },
                new MinutesAttendee
                {
                    Name = "Anne Borte",
                    PartnerName = "Gjøvik kommune",
                    Attendance = "proxy-given",
                    ProxyHolder = "Kari Nordmann",
                },
                new MinutesAttendee
                {
                    Name = "Direktør Sykehus",
                    PartnerName = "Sykehuset Innlandet",
                    Attendance = "present",
                    HasVotingRight = true,
                    PartlyAbsent = "fra kl. 17:30",
                },
            ],
            Decisions =
            [
                new MinutesDecision
                {
                    CaseNumber = "01.24",
                    Title = "Godkjenning av innkalling og saksliste",
                    AdoptedText = "Innkalling og saksliste godkjennes.",
                    Unanimous = true,
                    Audience = Audiences.AllMembers,
                },
                new MinutesDecision
                {
                    CaseNumber = "05.24",
                    Title = "Samarbeidsavtalen mellom Sykehuset Innlandet og kommunene i sykehusområdet – erfaringer",
                    AdoptedText =
                        "Partnerskapsmøtet ber Strategisk samarbeidsutvalg sikre forankring og etterlevelse av Samarbeidsavtalen, og rapportere tilbake i 2025.",
                    Source = "amended",
                    Amendment = "Forslag fra Kari Nordmann: tillegg «og rapportere tilbake i 2025».",
                    ProposedText =
                        "Partnerskapsmøtet ber Strategisk samarbeidsutvalg sikre forankring og etterlevelse av Samarbeidsavtalen mellom Sykehuset Innlandet og kommunene i sykehusområdet",
                    Unanimous = true,
                    VotesEntitled = 27,
                    VotingSeats = 30,
                    Audience = Audiences.AllMembers,
                },
                new MinutesDecision
                {
                    CaseNumber = "06.24",
                    Title = "Partnerskapsmøtet 2025",
                    AdoptedText =
                        "Partnerskapsmøtet ber Strategisk samarbeidsutvalg planlegge for Partnerskapsmøtet, lagt i tilknytning til KS Høstkonferanse i 2025.",
                    Source = "alternative",
                    AlternativeNumber = 1,
                    ProposedText =
                        "Alternativ 1: Partnerskapsmøtet ber Strategisk samarbeidsutvalg planlegge for Partnerskapsmøtet, lagt i tilknytning til KS Høstkonferanse i 2025.\nAlternativ 2: Partnerskapsmøtet ber Strategisk samarbeidsutvalg planlegge for Partnerskapsmøtet på teams medio juni 2025.",
                    Unanimous = false,
                    VotesFor = 20,
                    VotesAgainst = 6,
                    VotesBlank = 1,
                    VotesEntitled = 27,
                    VotingSeats = 30,
                    Audience = Audiences.AllMembers,
                },
                new MinutesDecision
                {
                    CaseNumber = "08.24",
                    Title = "Helsefelleskap Innlandet – kommunalt budsjett 2025 - regnskap 2023",
                    AdoptedText = "Kommunalt budsjett 2025 vedtas.",
                    Source = "proposal",
                    Unanimous = true,
                    Disqualified = ["Kari Nordmann"],
                    VotesEntitled = 21,
                    VotingSeats = 23,
                    DecidedBy = "Kommunenes representanter",
                    Audience = Audiences.MunicipalRepresentatives,
                },
            ],
            ActualStartsAt = new DateTimeOffset(2025, 2, 13, 15, 5, 0, TimeSpan.Zero),
            ActualEndsAt = new DateTimeOffset(2025, 2, 13, 16, 50, 0, TimeSpan.Zero),
            Presentations =
            [
                new MinutesNote
                {
                    ItemId = Guid.Parse("00000000-0000-0000-0000-000000000101"),
                    Title = "Erfaringer på strategisk samarbeid fra Helsefelleskap i nordre Trøndelag",
                    Presenter = "Jonas Sjømæling, samhandlingsleder helse, kommunene i nordre Trøndelag",
                    Notes = "Sjømæling delte erfaringer fra nordre Trøndelag. Spørsmål om felles budsjett ble besvart.",
                },
            ],
            AnyOtherBusiness =
            [
                new MinutesNote
                {
                    ItemId = Guid.Parse("00000000-0000-0000-0000-000000000102"),
                    Title = "Eventuelt",
                    Topic = "NTNU og Universitetet I Oslo - etablerer medisinutdanning i Innlandet",
                    Notes =
                        "NTNU orienterte om studiestart høsten 2026. Partnerskapsmøtet tok orienteringen til etterretning.",
                },
            ],
            ApprovedAt = new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.Zero),
        };

    private static IEnumerable<NoticeItem> Items()
    {
        yield return new NoticeItem
        {
            Kind = "presentation",
            Title = "Erfaringer på strategisk samarbeid fra Helsefelleskap i nordre Trøndelag",
            Presenter = "Jonas Sjømæling, samhandlingsleder helse, kommunene i nordre Trønderlag",
            DurationMinutes = 15,
            QuestionMinutes = 5,
            StartsAt = "16:00",
            EndsAt = "16:20",
            Audience = Audiences.AllMembers,
        };
        yield return Case(
            "01.24",
            "Godkjenning av innkalling og saksliste",
            2,
            "16:20",
            "16:22",
            resolution: "Innkalling og saksliste godkjennes."
        );
        yield return Case(
            "02.24",
            "Godkjenning av fullmakter",
            3,
            "16:22",
            "16:25",
            resolution: "Sekretariatet gis fullmakt til å telle antall stemmeberettigede."
        );
        yield return Case(
            "03.24",
            "Årsrapport Helsefelleskap Innlandet 2023 – 2024",
            10,
            "16:25",
            "16:35",
            resolution: "Partnerskapsmøtet godkjenner årsrapport 2023.",
            attachments: ["Forslag til årsrapport"]
        );
        yield return Case(
            "04.24",
            "Strategiplan Helsefellesskap Innlandet 2022-2026 – strategiske satsninger og revidering",
            30,
            "16:35",
            "17:05",
            points:
            [
                "Partnerskapsmøtet godkjenner utvidelse av planperioden for strategiplan Helsefellesskap Innlandet fra 2022-2026 til 2022-2027.",
                "Partnerskapsmøtet ber strategisk samarbeidsutvalg igangsette prosess for å revidere strategiplan for Helsefelleskap Innlandet.",
                "Partnerskapsmøtet ber strategisk samarbeidsutvalg prioritere tiltaksområder innen følgende prioritering av satsningsområder for 2025: Interessepolitikk; Samhandling med de som trenger det mest; Likeverdige tjenester; Videreutvikling av Helsefellesskap Innlandet",
            ],
            attachments: ["Forslag til prioriteringer av satsningsområder for 2025"]
        );
        yield return Case(
            "05.24",
            "Samarbeidsavtalen mellom Sykehuset Innlandet og kommunene i sykehusområdet – erfaringer",
            10,
            "17:05",
            "17:15",
            resolution: "Partnerskapsmøtet ber Strategisk samarbeidsutvalg sikre forankring og etterlevelse av Samarbeidsavtalen mellom Sykehuset Innlandet og kommunene i sykehusområdet",
            attachments:
            [
                "Erfaringer fra revidert Samarbeidsavtale mellom Sykehuset Innlandet og kommunene i sykehusområdet",
            ]
        );
        yield return Case(
            "06.24",
            "Partnerskapsmøtet 2025",
            5,
            "17:15",
            "17:20",
            alternatives:
            [
                new ResolutionAlternative
                {
                    Label = "Alternativ 1",
                    Text =
                        "Partnerskapsmøtet ber Strategisk samarbeidsutvalg planlegge for Partnerskapsmøtet, lagt i tilknytning til KS Høstkonferanse i 2025.",
                },
                new ResolutionAlternative
                {
                    Label = "Alternativ 2",
                    Text =
                        "Partnerskapsmøtet ber Strategisk samarbeidsutvalg planlegge for Partnerskapsmøtet på teams medio juni 2025.",
                },
            ],
            attachments: ["Forslag til Parterskapsmøte 2025"]
        );
        yield return Case(
            "07.24",
            "Rekruttering – og samhandlingsmidler - orientering",
            3,
            "17:20",
            "17:23",
            caseType: "orientering",
            resolution: "Partnerskapsmøtet tar saken til orientering.",
            attachments:
            [
                "Orientering om prosess for å utarbeide kriterier for å prioritere bruk av rekrutterings- og samhandlingsmidler",
            ]
        );
        yield return new NoticeItem
        {
            Kind = "any-other-business",
            Title = "NTNU og Universitetet I Oslo - etablerer medisinutdanning i Innlandet",
            DurationMinutes = 17,
            StartsAt = "17:23",
            EndsAt = "17:40",
            Audience = Audiences.AllMembers,
        };
        yield return Case(
            "08.24",
            "Helsefelleskap Innlandet – kommunalt budsjett 2025 - regnskap 2023",
            15,
            "17:40",
            "17:55",
            background: "Saken sendes ut separat til kommunale representanter.",
            resolution: "Kommunalt budsjett 2025 vedtas.",
            attachments: [RestrictedAttachment],
            audience: Audiences.MunicipalRepresentatives
        );
    }

    private static NoticeItem Case(
        string number,
        string title,
        int minutes,
        string startsAt,
        string endsAt,
        string? resolution = null,
        string[]? points = null,
        ResolutionAlternative[]? alternatives = null,
        string[]? attachments = null,
        string? caseType = null,
        string? background = null,
        string audience = Audiences.AllMembers
    ) =>
        new()
        {
            Kind = "case",
            CaseNumber = number,
            Title = title,
            CaseType = caseType,
            DurationMinutes = minutes,
            StartsAt = startsAt,
            EndsAt = endsAt,
            Presenter = "Sekretariatet",
            Background = background,
            ProposedResolution = resolution,
            ResolutionPoints = points ?? [],
            Alternatives = alternatives ?? [],
            Audience = audience,
            Attachments = (attachments ?? [])
                .Select(a => new NoticeAttachment
                {
                    AttachmentId = new Guid(
                        System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(a))
                    ),
                    Title = a,
                    Audience = audience,
                })
                .ToList(),
        };
}
