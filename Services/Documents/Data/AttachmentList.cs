using Hfi.Documents.Domain;
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

    public static async Task<Page<Attachment>> ReadablePageAsync(
        this DocumentsDbContext db,
        Guid meetingId,
        Func<Attachment, bool> readable,
        PageRequest page,
        CancellationToken cancellationToken
    )
    {
        var after = ByKindCaseTitle.PositionIn(page);
        var found = new List<Attachment>();
        while (true)
        {
            var batch = await ByKindCaseTitle
                .InOrderAfter(db.Attachments.AsNoTracking().Where(a => a.MeetingId == meetingId), after)
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
