using Hfi.Documents.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Paging;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Documents.Data;

/// <summary>
/// A meeting's attachments a page at a time, in keyset order (kind, case number with those without last, title).
/// Read access is decided per attachment, so rows the caller may not read are skipped and more are read until the
/// page is full: the page token is always made from an attachment the caller was given.
/// </summary>
public static class AttachmentList
{
    public static readonly PageLimits Limits = new(100, 500);

    private static readonly Keyset<Attachment, (string, int, string, string)> ByKindCaseTitle = Keyset.Ascending(
        (Attachment a) => ValueTuple.Create(a.Kind, a.CaseNumber == null ? 1 : 0, a.CaseNumber ?? "", a.Title),
        p => (p.TextAt(0), p.IntAt(1), p.TextAt(2), p.TextAt(3))
    );

    private static readonly string[] Kinds = [DocumentKinds.Attachment, DocumentKinds.Notice, DocumentKinds.Minutes];

    /// <summary>The kind asked for (null: every kind); an unknown one is refused naming the field.</summary>
    public static string? KindFilter(string kind) =>
        string.IsNullOrEmpty(kind) ? null
        : Kinds.Contains(kind, StringComparer.Ordinal) ? kind
        : throw new ValidationFailedException(
            "kind",
            Reasons.DocumentKindUnknown,
            $"kind is one of {string.Join(", ", Kinds.Select(k => $"'{k}'"))}, or empty for every kind (got '{kind}')."
        );

    /// <summary>
    /// A page of the meeting's attachments the caller may read, of one <paramref name="kind"/> where given (the
    /// minutes page reads only the minutes, however many attachments the meeting has).
    /// </summary>
    public static async Task<Page<Attachment>> ReadablePageAsync(
        this DocumentsDbContext db,
        Guid meetingId,
        string? kind,
        Func<Attachment, bool> readable,
        PageRequest page,
        CancellationToken cancellationToken
    )
    {
        var after = ByKindCaseTitle.PositionIn(page);
        var meeting = db.Attachments.AsNoTracking().Where(a => a.MeetingId == meetingId);
        if (kind is not null)
            meeting = meeting.Where(a => a.Kind == kind);
        var found = new List<Attachment>();
        while (true)
        {
            var batch = await ByKindCaseTitle
                .InOrderAfter(meeting, after)
                .Take(page.Fetch)
                .ToListAsync(cancellationToken);
            found.AddRange(batch.Where(readable));
            if (found.Count >= page.Fetch || batch.Count < page.Fetch)
                break;
            after = ByKindCaseTitle.KeysOf(batch[^1]);
        }
        return ByKindCaseTitle.PageOf(page, found.Take(page.Fetch).ToList());
    }
}
