using Hfi.Contracts;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Extensions;
using Hfi.Notifications.Mail;
using Hfi.Notifications.Tests.Support;
using Hfi.Notifications.Wording;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Notifications.Tests.Wording;

public sealed class NoticeTextTests
{
    [Fact]
    public void The_notice_is_written_in_norwegian_with_the_agenda_in_oslo_time()
    {
        var text = NoticeText.For(SeedNotice.For(Guid.NewGuid(), Audiences.AllMembers));

        Assert.Equal(
            "Innkalling: Partnerskapsmøtet i Helsefelleskap Innlandet, torsdag 17. oktober 2024",
            text.Subject
        );
        Assert.Contains("Tid: torsdag 17. oktober 2024 kl. 16:00, slutt ca. kl. 17:40", text.Body);
        Assert.Contains("16:15  Sak 01.24 Godkjenning av innkalling og saksliste (2 min)", text.Body);
        Assert.Contains(
            "Presentasjon: Erfaringer på strategisk samarbeid fra Helsefelleskap i nordre Trøndelag v/ Jonas Sjømæling (15 min)",
            text.Body
        );
        Assert.Contains("- Forslag til årsrapport", text.Body);
        Assert.DoesNotContain("08.24", text.Body);
        Assert.DoesNotContain("kun for kommunale", text.Body);
    }

    [Fact]
    public void The_municipal_version_marks_the_restricted_case_and_says_it_must_not_be_forwarded()
    {
        var text = NoticeText.For(SeedNotice.For(Guid.NewGuid(), Audiences.MunicipalRepresentatives));

        Assert.Contains(
            "Sak 08.24 Helsefelleskap Innlandet – kommunalt budsjett 2025 - regnskap 2023 (15 min) [kun for kommunale representanter]",
            text.Body
        );
        Assert.Contains("Den må ikke videresendes.", text.Body);
    }

    [Fact]
    public void The_municipal_version_lists_its_own_items_before_its_own_end()
    {
        // As Meetings issues it: the estimated end is that of the part for all members, 08.24 follows it.
        var notice = SeedNotice.For(Guid.NewGuid(), Audiences.MunicipalRepresentatives) with
        {
            EstimatedEnd = "17:25",
        };

        var body = NoticeText.For(notice).Body;

        Assert.Contains("slutt ca. kl. 17:40", body);
        Assert.True(
            body.IndexOf("17:25  Sak 08.24", StringComparison.Ordinal)
                < body.IndexOf("Slutt (ca. kl. 17:40)", StringComparison.Ordinal)
        );
        Assert.DoesNotContain("Slutt (ca. kl. 17:25)", body);
    }

    [Fact]
    public void A_reissued_notice_says_it_replaces_the_earlier_one()
    {
        var text = NoticeText.For(SeedNotice.For(Guid.NewGuid(), Audiences.AllMembers, version: 2));

        Assert.StartsWith("Oppdatert innkalling:", text.Subject);
        Assert.Contains("(versjon 2). Denne erstatter tidligere utsendt innkalling.", text.Body);
    }

    [Fact]
    public void Approved_minutes_list_the_decisions_and_a_changed_agenda_says_what_changed()
    {
        var minutes = NoticeText.For(
            new MinutesApproved
            {
                MeetingId = Guid.NewGuid(),
                ArenaId = SeedNotice.ArenaId,
                ArenaName = "Partnerskapsmøtet",
                Audience = Audiences.AllMembers,
                Title = "Partnerskapsmøtet i Helsefelleskap Innlandet",
                StartsAt = SeedNotice.StartsAt,
                EndsAt = SeedNotice.StartsAt.AddHours(2),
                Attendees = [],
                ApprovedAt = DateTimeOffset.UtcNow,
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
                ],
            }
        );
        var change = NoticeText.For(
            new AgendaChanged
            {
                MeetingId = Guid.NewGuid(),
                ArenaId = SeedNotice.ArenaId,
                AgendaVersion = 2,
                Summary = "Sak 04.24 er flyttet til kl. 16.30",
                Audience = Audiences.AllMembers,
                ChangedAt = DateTimeOffset.UtcNow,
            },
            "Partnerskapsmøtet, torsdag 17. oktober 2024"
        );

        Assert.Equal(
            "Protokoll godkjent: Partnerskapsmøtet i Helsefelleskap Innlandet, torsdag 17. oktober 2024",
            minutes.Subject
        );
        Assert.Contains(
            "Sak 01.24 Godkjenning av innkalling og saksliste\n  Innkalling og saksliste godkjennes.",
            minutes.Body.ReplaceLineEndings("\n")
        );
        Assert.Equal("Endret saksliste: Partnerskapsmøtet, torsdag 17. oktober 2024", change.Subject);
        Assert.Contains("(versjon 2):", change.Body);
        Assert.Contains("Sak 04.24 er flyttet til kl. 16.30", change.Body);
    }

    [Fact]
    public void The_letter_greets_the_recipient_and_links_the_pdf_or_else_the_portal()
    {
        var notice = new Notice
        {
            Id = Guid.NewGuid(),
            ArenaId = "ssu",
            Audience = Audiences.AllMembers,
            Subject = "Innkalling",
            Body = "Du innkalles.",
        };
        var portal = new Uri("https://hfi.example.no/");

        Assert.Contains(
            "Dokumentene finner du i Helsefellesskap Innlandets portal: https://hfi.example.no/",
            NoticeLetter.Text(notice, "Kari", portal)
        );
        notice.DocumentPath = "/api/documents/files/42";
        var letter = NoticeLetter.Text(notice, "Kari", portal);
        Assert.StartsWith("Hei Kari,", letter);
        Assert.Contains("Dokumentet (PDF): https://hfi.example.no/dokumenter/42", letter);
        Assert.Contains(
            "Dokumentet er vedlagt som PDF. Du finner det også her: https://hfi.example.no/dokumenter/42",
            NoticeLetter.Text(notice, "Kari", portal, documentAttached: true)
        );
        Assert.DoesNotContain("Meld forfall", letter);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:5080/")]
    [InlineData("https://example.no/hfi")]
    public void A_notice_tells_the_member_where_to_report_absence(string publicBaseUrl)
    {
        var meetingId = Guid.NewGuid();
        var notice = new Notice
        {
            Id = Guid.NewGuid(),
            Kind = NoticeKind.MeetingNotice,
            MeetingId = meetingId,
            ArenaId = "ssu",
            Audience = Audiences.AllMembers,
            Subject = "Innkalling",
            Body = "Du innkalles.",
        };

        var letter = NoticeLetter.Text(notice, "Kari", new Uri(publicBaseUrl));

        Assert.Contains($"Meld forfall: {publicBaseUrl.TrimEnd('/')}/moter/{meetingId}/forfall", letter);
    }
}

public sealed class MailOptionsTests
{
    [Theory]
    [InlineData("smtp://127.0.0.1:2525", "127.0.0.1", 2525, false, null, null)]
    [InlineData("Endpoint=smtp://mail:1025", "mail", 1025, false, null, null)]
    [InlineData(
        "smtps://varsel%40hfi.no:hemmelig@smtp.example.no",
        "smtp.example.no",
        465,
        true,
        "varsel@hfi.no",
        "hemmelig"
    )]
    public void The_server_comes_from_an_aspire_style_connection_string(
        string connectionString,
        string host,
        int port,
        bool ssl,
        string? user,
        string? password
    )
    {
        var options = new MailOptions();

        options.ApplyConnectionString(connectionString);

        Assert.Equal(
            (host, port, ssl, user, password),
            (options.Host, options.Port, options.UseSsl, options.UserName, options.Password)
        );
    }

    [Theory]
    [InlineData("127.0.0.1:2525")]
    [InlineData("http://127.0.0.1:2525")]
    public void A_connection_string_that_is_not_an_smtp_uri_is_refused_by_name(string connectionString)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new MailOptions().ApplyConnectionString(connectionString)
        );
        Assert.Contains("ConnectionStrings__mail", error.Message);
    }
}
