using System.Text;

namespace Hfi.Notifications.Domain;

/// <summary>The full text one recipient reads: greeting, the notice, where to find its document, and who sent it.</summary>
public static class NoticeLetter
{
    public static string Text(Notice notice, string recipientName, Uri publicBaseUrl)
    {
        var text = new StringBuilder();
        text.AppendLine($"Hei {recipientName},");
        text.AppendLine();
        text.AppendLine(notice.Body.TrimEnd());
        text.AppendLine();
        text.AppendLine(DocumentLink(notice, publicBaseUrl) is { } link
            ? $"Dokumentet (PDF): {link}"
            : $"Dokumentene finner du i Helsefellesskap Innlandets portal: {publicBaseUrl}");
        text.AppendLine();
        text.AppendLine("Med vennlig hilsen");
        text.AppendLine("Sekretariatet, Helsefellesskap Innlandet");
        text.AppendLine();
        text.AppendLine("Denne e-posten er sendt automatisk. Du kan velge om du vil få varsler på e-post, i portalen eller begge deler.");
        return text.ToString();
    }

    public static Uri? DocumentLink(Notice notice, Uri publicBaseUrl) =>
        notice.DocumentPath is { Length: > 0 } path ? new Uri(publicBaseUrl, path) : null;
}
