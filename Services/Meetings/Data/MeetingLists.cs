using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Norwegian;
using Hfi.ServiceDefaults.Paging;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Meetings.Data;

/// <summary>The filters of the meeting list: arena, year (Norwegian time) and status, each optional.</summary>
public sealed record MeetingListFilter(string? ArenaId, int? Year, MeetingStatus? Status);

/// <summary>
/// The paged lists of Meetings, read in keyset order (start time then id, an index's order), so a page costs the
/// same however many years of meetings lie before it.
/// </summary>
public static class MeetingLists
{
    public static readonly PageLimits MeetingLimits = new(50, 500);
    public static readonly PageLimits FollowUpLimits = new(100, 500);

    private static readonly DateOnly NoDueDate = DateOnly.MaxValue;

    public static async Task<Page<Meeting>> MeetingPageAsync(
        this MeetingsDbContext db,
        MeetingListFilter filter,
        PageRequest page,
        CancellationToken cancellationToken
    )
    {
        var query = db.Meetings.AsNoTracking();
        if (filter.ArenaId is { } arenaId)
            query = query.Where(m => m.ArenaId == arenaId);
        if (filter.Year is { } year)
        {
            var from = OsloTime.At(new DateOnly(year, 1, 1), TimeOnly.MinValue).ToUniversalTime();
            var to = OsloTime.At(new DateOnly(year + 1, 1, 1), TimeOnly.MinValue).ToUniversalTime();
            query = query.Where(m => m.StartsAt >= from && m.StartsAt < to);
        }
        if (filter.Status is { } status)
            query = query.Where(m => m.Status == status);
        var meetings = await query
            .PageInOrder(page, m => m.StartsAt, m => m.Id, p => p.TimeAt(0))
            .ToListAsync(cancellationToken);
        return page.PageOf(meetings, m => [m.StartsAt, m.Id]);
    }

    /// <summary>An arena's follow-ups in <paramref name="audiences"/>, by due date (then case number and id).</summary>
    public static async Task<Page<FollowUp>> FollowUpPageAsync(
        this MeetingsDbContext db,
        string arenaId,
        IReadOnlyCollection<string> audiences,
        FollowUpStatus? status,
        PageRequest page,
        CancellationToken cancellationToken
    )
    {
        var query = db.FollowUps.AsNoTracking().Where(f => f.ArenaId == arenaId && audiences.Contains(f.Audience));
        if (status is { } wanted)
            query = query.Where(f => f.Status == wanted);
        if (!page.IsFirst)
        {
            var (due, caseNumber, id) = (page.DateAt(0), page.TextAt(1), page.GuidAt(2));
            query = query.Where(f =>
                EF.Functions.GreaterThan(
                    ValueTuple.Create(f.DueDate ?? NoDueDate, f.CaseNumber, f.Id),
                    ValueTuple.Create(due, caseNumber, id)
                )
            );
        }
        // Follow-ups without a due date come last, as a date after every other.
        var followUps = await query
            .OrderBy(f => f.DueDate ?? NoDueDate)
            .ThenBy(f => f.CaseNumber)
            .ThenBy(f => f.Id)
            .Take(page.Fetch)
            .ToListAsync(cancellationToken);
        return page.PageOf(followUps, f => [f.DueDate ?? NoDueDate, f.CaseNumber, f.Id]);
    }
}
