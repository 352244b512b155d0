using System.Text;
using Hfi.Contracts;
using Hfi.Notifications.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Notifications.Wording;

/// <summary>
/// The subject and text of a notice, in Norwegian bokmål; the greeting and links are added per recipient.
/// </summary>
public sealed record NoticeText(string Subject, string Body)
{
    public static NoticeText For(MeetingNoticeIssued notice)
    {
        var subject =
            notice.NoticeVersion > 1
                ? $"Oppdatert innkalling: {notice.Title}, {NorwegianText.Date(notice.StartsAt)}"
                : $"Innkalling: {notice.Title}, {NorwegianText.Date(notice.StartsAt)}";

        var end = NoticeSchedule.EndOf(notice.EstimatedEnd, notice.Items);
        var body = new StringBuilder();
        body.AppendLine(
            notice.NoticeVersion > 1
                ? $"Innkallingen til {notice.ArenaName} er oppdatert (versjon {notice.NoticeVersion}). Denne erstatter tidligere utsendt innkalling."
                : $"Du innkalles til {notice.ArenaName}."
        );
        body.AppendLine();
        AppendMeeting(body, notice.StartsAt, $"ca. kl. {end}", notice.Place, notice.Chair, notice.Secretary);
        body.AppendLine();
        body.AppendLine("Saksliste:");
        foreach (var item in notice.Items)
        {
            body.AppendLine($"{item.StartsAt}  {ItemLine(item)}");
        }
        body.AppendLine($"Slutt (ca. kl. {end})");

        var attachments = notice.Items.SelectMany(item => item.Attachments).ToList();
        if (attachments.Count > 0)
        {
            body.AppendLine();
            body.AppendLine("Vedlegg:");
            attachments.ForEach(attachment => body.AppendLine($"- {attachment.Title}"));
        }

        if (notice.Audience == Audiences.MunicipalRepresentatives)
        {
            body.AppendLine();
            body.AppendLine(
                "Denne innkallingen inneholder saker kun for kommunale representanter. Den må ikke videresendes."
            );
        }

        return new NoticeText(Limit(subject), body.ToString());
    }

    public static NoticeText For(AgendaChanged change, string meetingTitle) =>
        new(
            Limit($"Endret saksliste: {meetingTitle}"),
            $"""
            Sakslisten til {meetingTitle} er endret (versjon {change.AgendaVersion}):

            {change.Summary}

            En oppdatert innkalling blir sendt ut.
            """
        );

    public static NoticeText For(MinutesApproved minutes)
    {
        var body = new StringBuilder();
        body.AppendLine($"Protokollen fra {minutes.ArenaName} {NorwegianText.Date(minutes.StartsAt)} er godkjent.");
        body.AppendLine();
        if (minutes.Decisions.Count > 0)
        {
            body.AppendLine("Vedtak:");
            foreach (var decision in minutes.Decisions)
            {
                body.AppendLine($"Sak {decision.CaseNumber} {decision.Title}");
                body.AppendLine($"  {decision.AdoptedText}");
            }
        }

        return new NoticeText(
            Limit($"Protokoll godkjent: {minutes.Title}, {NorwegianText.Date(minutes.StartsAt)}"),
            body.ToString()
        );
    }

    public static NoticeText For(DocumentPublished attachment, string meetingTitle) =>
        new(
            Limit($"Nytt vedlegg: {attachment.Title}"),
            $"""
            Et nytt vedlegg er publisert til {meetingTitle}:

            {attachment.Title}
            """
        );

    private static void AppendMeeting(
        StringBuilder body,
        DateTimeOffset startsAt,
        string ends,
        string? place,
        string? chair,
        string? secretary
    )
    {
        body.AppendLine($"Tid: {NorwegianText.DateAndTime(startsAt)}, slutt {ends}");
        body.AppendLine($"Sted: {(string.IsNullOrWhiteSpace(place) ? "kommer" : place)}");
        if (!string.IsNullOrWhiteSpace(chair))
            body.AppendLine($"Møteleder: {chair}");
        if (!string.IsNullOrWhiteSpace(secretary))
            body.AppendLine($"Sekretær: {secretary}");
    }

    private static string ItemLine(NoticeItem item)
    {
        var minutes =
            item.QuestionMinutes > 0
                ? $"{item.DurationMinutes} + {item.QuestionMinutes} min"
                : $"{item.DurationMinutes} min";
        var presenter = string.IsNullOrWhiteSpace(item.Presenter) ? string.Empty : $" v/ {item.Presenter}";
        var restricted =
            item.Audience == Audiences.MunicipalRepresentatives ? " [kun for kommunale representanter]" : string.Empty;
        return item.Kind switch
        {
            "case" => $"Sak {item.CaseNumber} {item.Title}{presenter} ({minutes}){restricted}",
            "presentation" => $"Presentasjon: {item.Title}{presenter} ({minutes})",
            "any-other-business" =>
                $"Eventuelt{(string.IsNullOrWhiteSpace(item.Title) || item.Title == "Eventuelt" ? string.Empty : $": {item.Title}")}",
            "break" => $"Pause ({minutes})",
            _ => $"{item.Title} ({minutes})",
        };
    }

    private static string Limit(string subject) =>
        subject.Length > Notice.MaxSubjectLength ? subject[..(Notice.MaxSubjectLength - 1)] + "…" : subject;
}
