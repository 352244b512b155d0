using Hfi.Contracts;
using Hfi.Documents.Domain.Access;
using Hfi.Documents.Domain.Generation;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Documents.Generation;

/// <summary>
/// Writes the minutes (protokoll) of a meeting for one audience: when it actually started and ended, who attended,
/// as substitute or by proxy, and who missed part of it, the presentations, each decision with how it was made (the
/// proposal, an alternative, or an amended text with its amendment), its vote, the body that decided and who left for
/// a conflict of interest, and Eventuelt with what was said. Decisions outside the audience are left out even if the
/// event carries them.
/// </summary>
public static class MinutesComposer
{
    public static GeneratedDocument Compose(MinutesApproved minutes)
    {
        var decisions = minutes.Decisions.Where(d => ReadAccess.Includes(minutes.Audience, d.Audience)).ToList();
        var blocks = new List<Block>
        {
            new Heading($"Protokoll – {minutes.Title}", 1),
            new Field("Møte", minutes.ArenaName),
            new Field("Dato", NorwegianText.Date(minutes.StartsAt)),
            new Field("Tid", $"kl. {NorwegianText.TimeRange(minutes.StartsAt, minutes.EndsAt)}"),
        };
        if (ActualTime(minutes) is { } actual)
            blocks.Add(new Field("Møtet", actual));
        if (!string.IsNullOrWhiteSpace(minutes.Place))
            blocks.Add(new Field("Sted", minutes.Place));
        if (!string.IsNullOrWhiteSpace(minutes.Chair))
            blocks.Add(new Field("Møteleder", minutes.Chair));
        if (!string.IsNullOrWhiteSpace(minutes.Secretary))
            blocks.Add(new Field("Referent", minutes.Secretary));
        if (minutes.Audience == Audiences.MunicipalRepresentatives)
        {
            blocks.Add(
                new Paragraph(
                    "Versjon for kommunale representanter: den har også sakene som bare er for kommunale representanter.",
                    Italic: true
                )
            );
        }

        AddAttendance(blocks, minutes.Attendees);

        if (minutes.Presentations.Count > 0)
        {
            blocks.Add(new Heading(minutes.Presentations.Count == 1 ? "Presentasjon" : "Presentasjoner", 2));
            foreach (var presentation in minutes.Presentations)
                AddNote(blocks, presentation, presentation.Title);
        }

        var general = decisions.Where(d => d.Audience == Audiences.AllMembers).ToList();
        var restricted = decisions.Where(d => d.Audience != Audiences.AllMembers).ToList();
        blocks.Add(new Heading("Vedtak", 2));
        foreach (var decision in general)
            AddDecision(blocks, decision);
        foreach (var anyOtherBusiness in minutes.AnyOtherBusiness)
        {
            blocks.Add(new Heading(anyOtherBusiness.Title, 2));
            AddNote(blocks, anyOtherBusiness, null);
        }
        if (restricted.Count > 0)
        {
            blocks.Add(new Heading("Saker kun for kommunale representanter", 2));
            foreach (var decision in restricted)
                AddDecision(blocks, decision);
        }

        blocks.Add(new Paragraph($"Protokollen ble godkjent {NorwegianText.Date(minutes.ApprovedAt)}.", Italic: true));

        var audienceText =
            minutes.Audience == Audiences.MunicipalRepresentatives ? " (kommunale representanter)" : string.Empty;
        return new GeneratedDocument(
            $"Protokoll – {minutes.Title}{audienceText}",
            $"{minutes.ArenaName}, {NorwegianText.Date(minutes.StartsAt)}",
            blocks
        );
    }

    private static void AddAttendance(List<Block> blocks, IReadOnlyList<MinutesAttendee> attendees)
    {
        var present = attendees.Where(a => a.Attendance is "present" or "substitute").ToList();
        var absent = attendees.Where(a => a.Attendance is "absent" or "proxy-given").ToList();
        var proxies = attendees
            .Where(a => a.Attendance == "proxy-given" && !string.IsNullOrWhiteSpace(a.ProxyHolder))
            .ToList();

        blocks.Add(new Heading("Til stede", 2));
        blocks.AddRange(
            present.Select(a =>
            {
                var text = Named(a);
                if (a.Attendance == "substitute" && !string.IsNullOrWhiteSpace(a.SubstituteFor))
                    text += $", møtte som vara for {a.SubstituteFor}";
                if (!a.HasVotingRight)
                    text += " (uten stemmerett)";
                if (!string.IsNullOrWhiteSpace(a.PartlyAbsent))
                    text += $", ikke til stede {a.PartlyAbsent}";
                return new Bullet(text);
            })
        );

        if (absent.Count > 0)
        {
            blocks.Add(new Heading("Forfall", 2));
            blocks.AddRange(absent.Select(a => new Bullet(Named(a))));
        }

        if (proxies.Count > 0)
        {
            blocks.Add(new Heading("Fullmakter", 2));
            blocks.AddRange(proxies.Select(a => new Bullet($"{Named(a)} ga fullmakt til {a.ProxyHolder}")));
        }
    }

    /// <summary>"satt kl. 16:20, hevet kl. 17:50".</summary>
    private static string? ActualTime(MinutesApproved minutes)
    {
        var start = minutes.ActualStartsAt is { } started ? $"satt {NorwegianText.Clock(started)}" : null;
        var end = minutes.ActualEndsAt is { } ended ? $"hevet {NorwegianText.Clock(ended)}" : null;
        return (start, end) switch
        {
            (null, null) => null,
            ({ }, { }) => $"{start}, {end}",
            _ => start ?? end,
        };
    }

    private static void AddNote(List<Block> blocks, MinutesNote note, string? heading)
    {
        if (heading is not null)
            blocks.Add(new Heading(heading, 3));
        if (!string.IsNullOrWhiteSpace(note.Presenter))
            blocks.Add(new Paragraph($"v/ {note.Presenter}", Italic: true));
        if (!string.IsNullOrWhiteSpace(note.Topic))
            blocks.Add(new Paragraph(note.Topic, Bold: true));
        blocks.Add(
            new Paragraph(string.IsNullOrWhiteSpace(note.Notes) ? "Ingen merknader ført i protokollen." : note.Notes)
        );
    }

    private static string Named(MinutesAttendee attendee) =>
        string.IsNullOrWhiteSpace(attendee.PartnerName) ? attendee.Name : $"{attendee.Name} ({attendee.PartnerName})";

    private static void AddDecision(List<Block> blocks, MinutesDecision decision)
    {
        blocks.Add(new Heading($"Sak {decision.CaseNumber} {decision.Title}", 3));
        if (decision.Disqualified.Count > 0)
        {
            blocks.Add(
                new Paragraph(
                    $"Inhabil: {string.Join(", ", decision.Disqualified)}. Fratrådte under behandlingen.",
                    Italic: true
                )
            );
        }

        if (!string.IsNullOrWhiteSpace(decision.ProposedText))
        {
            blocks.Add(new Paragraph("Forslag til vedtak:", Bold: true));
            blocks.Add(new Paragraph(decision.ProposedText));
        }
        if (!string.IsNullOrWhiteSpace(decision.Amendment))
        {
            blocks.Add(new Paragraph("Endringsforslag:", Bold: true));
            blocks.Add(new Paragraph(decision.Amendment));
        }
        blocks.Add(new Paragraph(AdoptedHeading(decision), Bold: true));
        blocks.Add(new Paragraph(decision.AdoptedText));
        blocks.Add(new Paragraph(VoteText(decision), Italic: true));
    }

    /// <summary>
    /// "Vedtak (alternativ 1):", "Vedtak (forslaget med endring):", or "Vedtak:" for the proposal as put.
    /// </summary>
    private static string AdoptedHeading(MinutesDecision decision) =>
        decision.Source switch
        {
            "alternative" when decision.AlternativeNumber is { } number => $"Vedtak (alternativ {number} ble vedtatt):",
            "amended" => "Vedtak (endret forslag):",
            _ => "Vedtak:",
        };

    /// <summary>
    /// "Enstemmig vedtatt. 27 stemmeberettigede til stede." or "Vedtatt med 20 stemmer for, 6 mot og 1 avholdende. …";
    /// a case decided by the municipal representatives alone names them and their seats.
    /// </summary>
    private static string VoteText(MinutesDecision decision)
    {
        var present = decision.VotesEntitled is { } votes
            ? decision.VotingSeats is { } seats
                ? $"{votes} av {seats} stemmeberettigede til stede"
                : $"{NorwegianText.Counted(votes, "stemmeberettiget", "stemmeberettigede")} til stede"
            : null;
        var body = decision.DecidedBy is { Length: > 0 } decidedBy ? $"{decidedBy} vedtok saken alene" : null;
        var context = (body, present) switch
        {
            ({ }, { }) => $" {body}, {present}.",
            ({ }, null) => $" {body}.",
            (null, { }) => $" {char.ToUpperInvariant(present[0])}{present[1..]}.",
            _ => string.Empty,
        };
        if (decision.Unanimous)
            return $"Enstemmig vedtatt.{context}";
        var votesFor = NorwegianText.Counted(decision.VotesFor ?? 0, "stemme", "stemmer");
        return $"Vedtatt med {votesFor} for, {decision.VotesAgainst ?? 0} mot og {decision.VotesBlank ?? 0} avholdende.{context}";
    }
}
