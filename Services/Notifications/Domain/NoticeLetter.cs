using System.Text;

namespace Hfi.Notifications.Domain;

/// <summary>
/// The full text one recipient reads: greeting, the notice, where to find its document (attached, or a link),
/// where to report absence from a meeting they are summoned to, and who sent it.
/// </summary>
public static class NoticeLetter
{
    public static string Text(Notice notice, string recipientName, Uri publicBaseUrl, bool documentAttached = false)
    {
        var text = new StringBuilder();
        text.AppendLine($"Hei {recipientName},");
        text.AppendLine();
        text.AppendLine(notice.Body.TrimEnd());
        text.AppendLine();
        var link = DocumentLink(notice, publicBaseUrl);
        text.AppendLine(
            (link, documentAttached) switch
            {
                ({ } attachedLink, true) => $"Dokumentet er vedlagt som PDF. Du finner det også her: {attachedLink}",
                ({ } documentLink, false) => $"Dokumentet (PDF): {documentLink}",
                _ => $"Dokumentene finner du i Helsefellesskap Innlandets portal: {publicBaseUrl}",
            }
        );
        if (AbsenceLink(notice, publicBaseUrl) is { } absence)
        {
            text.AppendLine();
            text.AppendLine($"Meld forfall: {absence}");
        }
        if (SubstituteAnswerLink(notice, publicBaseUrl) is { } answer)
        {
            text.AppendLine();
            text.AppendLine($"Svar på forespørselen: {answer}");
        }

        text.AppendLine();
        text.AppendLine("Med vennlig hilsen");
        text.AppendLine("Sekretariatet, Helsefellesskap Innlandet");
        text.AppendLine();
        text.AppendLine(
            "Denne e-posten er sendt automatisk. Du kan velge om du vil få varsler på e-post, i portalen eller begge deler."
        );
        return text.ToString();
    }

    /// <summary>
    /// The web UI's page for the notice's document, not the API's file: a reader who is not signed in is taken
    /// through sign-in and back to it, where it downloads (the API would answer a bare 401).
    /// </summary>
    public static Uri? DocumentLink(Notice notice, Uri publicBaseUrl) =>
        notice.DocumentPath is { Length: > 0 } path
            ? new Uri(WithTrailingSlash(publicBaseUrl), DocumentPage(path))
            : null;

    private const string ApiFiles = "/api/documents/files/";

    /// <summary>
    /// "/api/documents/files/{id}?version=2" → "dokumenter/{id}?version=2" (the web UI's document page).
    /// </summary>
    public static string DocumentPage(string downloadPath) =>
        downloadPath.StartsWith(ApiFiles, StringComparison.Ordinal)
            ? "dokumenter/" + downloadPath[ApiFiles.Length..]
            : downloadPath.TrimStart('/');

    /// <summary>The web UI's page where a summoned member reports absence ("forfall"); only notices summon.</summary>
    public static Uri? AbsenceLink(Notice notice, Uri publicBaseUrl) =>
        notice is { Kind: NoticeKind.MeetingNotice, MeetingId: { } meetingId }
            ? new Uri(WithTrailingSlash(publicBaseUrl), $"moter/{meetingId}/forfall")
            : null;

    /// <summary>
    /// Where a substitute answers a request to meet: "Mine møter" lists their open requests, after sign-in.
    /// </summary>
    public static Uri? SubstituteAnswerLink(Notice notice, Uri publicBaseUrl) =>
        notice.Kind == NoticeKind.SubstituteAsked ? new Uri(WithTrailingSlash(publicBaseUrl), "mine-moter") : null;

    // Without it a base path ("https://example.no/hfi") would lose its last segment.
    private static Uri WithTrailingSlash(Uri url) =>
        url.AbsolutePath.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
}
