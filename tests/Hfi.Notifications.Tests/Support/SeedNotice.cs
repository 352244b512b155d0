using Hfi.Contracts;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Notifications.Tests.Support;

/// <summary>
/// The seed meeting notice (Partnerskapsmøtet, Helsefelleskap Innlandet) as Meetings issues it: once for all members
/// without the restricted item 08.24, once for municipal representatives with it.
/// </summary>
public static class SeedNotice
{
    public const string ArenaId = "partnerskapsmotet";
    public const string RestrictedCase = "08.24";

    public static readonly DateTimeOffset StartsAt = new(2024, 10, 17, 14, 0, 0, TimeSpan.Zero); // 16:00 in Oslo

    public static MeetingNoticeIssued For(Guid meetingId, string audience, int version = 1)
    {
        NoticeItem[] items =
        [
            Item(
                "presentation",
                null,
                "Erfaringer på strategisk samarbeid fra Helsefelleskap i nordre Trøndelag",
                15,
                "16:00",
                "16:15",
                presenter: "Jonas Sjømæling"
            ),
            Item("case", "01.24", "Godkjenning av innkalling og saksliste", 2, "16:15", "16:17"),
            Item("case", "02.24", "Godkjenning av fullmakter", 3, "16:17", "16:20"),
            Item(
                "case",
                "03.24",
                "Årsrapport Helsefelleskap Innlandet 2023 – 2024",
                10,
                "16:20",
                "16:30",
                attachments: [Attachment("Forslag til årsrapport", Audiences.AllMembers)]
            ),
            Item(
                "case",
                "04.24",
                "Strategiplan Helsefellesskap Innlandet 2022-2026 – strategiske satsninger og revidering",
                30,
                "16:30",
                "17:00"
            ),
            Item(
                "case",
                "05.24",
                "Samarbeidsavtalen mellom Sykehuset Innlandet og kommunene i sykehusområdet – erfaringer",
                10,
                "17:00",
                "17:10"
            ),
            Item("case", "06.24", "Partnerskapsmøtet 2025", 5, "17:10", "17:15"),
            Item("case", "07.24", "Rekruttering – og samhandlingsmidler - orientering", 3, "17:15", "17:18"),
            Item(
                "any-other-business",
                null,
                "NTNU og Universitetet I Oslo - etablerer medisinutdanning i Innlandet",
                7,
                "17:18",
                "17:25"
            ),
            Item(
                "case",
                RestrictedCase,
                "Helsefelleskap Innlandet – kommunalt budsjett 2025 - regnskap 2023",
                15,
                "17:25",
                "17:40",
                audience: Audiences.MunicipalRepresentatives,
                attachments:
                [
                    Attachment(
                        "Regnskap for 2023 og forslag til kommunalt budsjett 2024",
                        Audiences.MunicipalRepresentatives
                    ),
                ]
            ),
        ];

        return new MeetingNoticeIssued
        {
            MeetingId = meetingId,
            ArenaId = ArenaId,
            ArenaName = "Partnerskapsmøtet",
            NoticeVersion = version,
            Audience = audience,
            Title = "Partnerskapsmøtet i Helsefelleskap Innlandet",
            StartsAt = StartsAt,
            PlannedEndsAt = StartsAt.AddHours(2),
            EstimatedEnd = "17:40",
            Place = "Scandic Hamar",
            Items =
                audience == Audiences.MunicipalRepresentatives
                    ? items
                    : items.Where(item => item.Audience == Audiences.AllMembers).ToArray(),
            IssuedAt = DateTimeOffset.UtcNow,
        };
    }

    /// <summary>Documents' announcement of the notice's PDF for one audience.</summary>
    public static DocumentPublished PdfPublished(Guid meetingId, string audience)
    {
        var documentId = Guid.NewGuid();
        return new DocumentPublished
        {
            DocumentId = documentId,
            MeetingId = meetingId,
            ArenaId = ArenaId,
            Kind = "notice",
            Title = "Innkalling til Partnerskapsmøtet",
            FileName = "innkalling.pdf",
            ContentType = "application/pdf",
            Audience = audience,
            DownloadPath = $"/api/documents/files/{documentId}",
            NoticeVersion = 1,
            PublishedAt = DateTimeOffset.UtcNow,
        };
    }

    private static NoticeItem Item(
        string kind,
        string? caseNumber,
        string title,
        int minutes,
        string startsAt,
        string endsAt,
        string audience = Audiences.AllMembers,
        string? presenter = null,
        NoticeAttachment[]? attachments = null
    ) =>
        new()
        {
            Kind = kind,
            CaseNumber = caseNumber,
            Title = title,
            DurationMinutes = minutes,
            StartsAt = startsAt,
            EndsAt = endsAt,
            Audience = audience,
            Presenter = presenter,
            Attachments = attachments ?? [],
        };

    private static NoticeAttachment Attachment(string title, string audience) =>
        new()
        {
            AttachmentId = Guid.NewGuid(),
            Title = title,
            Audience = audience,
        };
}
