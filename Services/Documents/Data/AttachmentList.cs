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

    public static async Task<Page<Attachment>> ReadablePageAsync(
        this DocumentsDbContext db,
        Guid meetingId,
        Func<Attachment, bool> readable,
        PageRequest page,
        CancellationToken cancellationToken
    )
    {
        var after = page.IsFirst ? null : new Position(page.TextAt(0), page.IntAt(1), page.TextAt(2), page.TextAt(3));
        var found = new List<Attachment>();
        while (true)
        {
            var batch = await After(db.Attachments.AsNoTracking().Where(a => a.MeetingId == meetingId), after)
                .OrderBy(a => a.Kind)
                .ThenBy(a => a.CaseNumber == null ? 1 : 0)
                .ThenBy(a => a.CaseNumber ?? "")
                .ThenBy(a => a.Title)
                .Take(page.Fetch)
                .ToListAsync(cancellationToken);
            found.AddRange(batch.Where(readable));
            if (found.Count >= page.Fetch || batch.Count < page.Fetch)
                break;
            after = Position.Of(batch[^1]);
        }
        return page.PageOf(found.Take(page.Fetch).ToList(), a => Position.Of(a).Keys);
    }

    private static IQueryable<Attachment> After(IQueryable<Attachment> query, Position? after) =>
        after is not { } p
            ? query
            : query.Where(a =>
                EF.Functions.GreaterThan(
                    ValueTuple.Create(a.Kind, a.CaseNumber == null ? 1 : 0, a.CaseNumber ?? "", a.Title),
                    ValueTuple.Create(p.Kind, p.NoCase, p.CaseNumber, p.Title)
                )
            );

    private sealed record Position(string Kind, int NoCase, string CaseNumber, string Title)
    {
        public static Position Of(Attachment a) =>
            new(a.Kind, a.CaseNumber is null ? 1 : 0, a.CaseNumber ?? "", a.Title);

        public object[] Keys => [Kind, NoCase, CaseNumber, Title];
    }
}
