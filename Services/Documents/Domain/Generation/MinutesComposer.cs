using Hfi.Contracts;
using Hfi.Documents.Domain.Access;

namespace Hfi.Documents.Domain.Generation;

/// <summary>
/// Writes the minutes (protokoll) of a meeting for one audience: who attended, as substitute or by proxy, and
/// who missed part of the meeting, and each decision with its vote and the votes present. Decisions outside the audience are left out even if the event carries them.
/// </summary>
public static class MinutesComposer
{
    public static GeneratedDocument Compose(MinutesApproved minutes)
    {
        var decisions = minutes.Decisions.Where(d => ReadAccess.Includes(minutes.Audience, d.Audience)).ToList();
        var startsAt = NorwegianFormat.InOslo(minutes.StartsAt);
        var blocks = new List<Block>
        {
            new Heading($"Protokoll – {minutes.Title}", 1),
            new Field("Møte", minutes.ArenaName),
            new Field("Dato", NorwegianFormat.Date(startsAt)),
            new Field("Tid", $"{NorwegianFormat.Clock(startsAt)}–{NorwegianFormat.Time(NorwegianFormat.InOslo(minutes.EndsAt))}"),
        };
        if (!string.IsNullOrWhiteSpace(minutes.Place)) blocks.Add(new Field("Sted", minutes.Place));
        if (!string.IsNullOrWhiteSpace(minutes.Chair)) blocks.Add(new Field("Møteleder", minutes.Chair));
        if (!string.IsNullOrWhiteSpace(minutes.Secretary)) blocks.Add(new Field("Referent", minutes.Secretary));
        if (minutes.Audience == Audiences.MunicipalRepresentatives)
            blocks.Add(new Paragraph("Versjon for kommunale representanter: den har også sakene som bare er for kommunale representanter.", Italic: true));

        AddAttendance(blocks, minutes.Attendees);

        var general = decisions.Where(d => d.Audience == Audiences.AllMembers).ToList();
        var restricted = decisions.Where(d => d.Audience != Audiences.AllMembers).ToList();
        blocks.Add(new Heading("Vedtak", 2));
        foreach (var decision in general) AddDecision(blocks, decision);
        if (restricted.Count > 0)
        {
            blocks.Add(new Heading("Saker kun for kommunale representanter", 2));
            foreach (var decision in restricted) AddDecision(blocks, decision);
        }

        blocks.Add(new Paragraph($"Protokollen ble godkjent {NorwegianFormat.Date(NorwegianFormat.InOslo(minutes.ApprovedAt))}.", Italic: true));

        var audienceText = minutes.Audience == Audiences.MunicipalRepresentatives ? " (kommunale representanter)" : string.Empty;
        return new GeneratedDocument($"Protokoll – {minutes.Title}{audienceText}", $"{minutes.ArenaName}, {NorwegianFormat.Date(startsAt)}", blocks);
    }

    private static void AddAttendance(List<Block> blocks, IReadOnlyList<MinutesAttendee> attendees)
    {
        var present = attendees.Where(a => a.Attendance is "present" or "substitute").ToList();
        var absent = attendees.Where(a => a.Attendance is "absent" or "proxy-given").ToList();
        var proxies = attendees.Where(a => a.Attendance == "proxy-given" && !string.IsNullOrWhiteSpace(a.ProxyHolder)).ToList();

        blocks.Add(new Heading("Til stede", 2));
        blocks.AddRange(present.Select(a =>
        {
            var text = Named(a);
            if (a.Attendance == "substitute" && !string.IsNullOrWhiteSpace(a.SubstituteFor)) text += $", møtte som vara for {a.SubstituteFor}";
            if (!a.HasVotingRight) text += " (uten stemmerett)";
            if (!string.IsNullOrWhiteSpace(a.PartlyAbsent)) text += $", ikke til stede {a.PartlyAbsent}";
            return new Bullet(text);
        }));

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

    private static string Named(MinutesAttendee attendee) =>
        string.IsNullOrWhiteSpace(attendee.PartnerName) ? attendee.Name : $"{attendee.Name} ({attendee.PartnerName})";

    private static void AddDecision(List<Block> blocks, MinutesDecision decision)
    {
        blocks.Add(new Heading($"Sak {decision.CaseNumber} {decision.Title}", 3));
        blocks.Add(new Paragraph("Vedtak:", Bold: true));
        blocks.Add(new Paragraph(decision.AdoptedText));
        blocks.Add(new Paragraph(VoteText(decision), Italic: true));
        if (decision.Disqualified.Count > 0)
            blocks.Add(new Paragraph($"Inhabil: {string.Join(", ", decision.Disqualified)}. Fratrådte under behandlingen.", Italic: true));
    }

    private static string VoteText(MinutesDecision decision)
    {
        var entitled = decision.VotesEntitled is { } votes ? $" {votes} stemmeberettigede til stede." : string.Empty;
        if (decision.Unanimous) return $"Enstemmig vedtatt.{entitled}";
        var text = $"Vedtatt med {decision.VotesFor ?? 0} mot {decision.VotesAgainst ?? 0} stemmer";
        return (decision.VotesBlank is > 0 ? $"{text}, {decision.VotesBlank} blanke." : $"{text}.") + entitled;
    }
}
