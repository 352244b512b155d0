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

    private static readonly Keyset<Meeting, (DateTimeOffset, Guid)> ByStart = Keyset.Ascending(
        (Meeting m) => ValueTuple.Create(m.StartsAt, m.Id),
        p => (p.TimeAt(0), p.GuidAt(1))
    );

    // Follow-ups without a due date come last, as a date after every other.
    private static readonly Keyset<FollowUp, (DateOnly, string, Guid)> ByDueDate = Keyset.Ascending(
        (FollowUp f) => ValueTuple.Create(f.DueDate ?? NoDueDate, f.CaseNumber, f.Id),
        p => (p.DateAt(0), p.TextAt(1), p.GuidAt(2))
    );

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
        return await ByStart.ReadPageAsync(query, page, cancellationToken);
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
        return await ByDueDate.ReadPageAsync(query, page, cancellationToken);
    }
}
