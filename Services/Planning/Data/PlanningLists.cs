using Hfi.Planning.Domain.Members;
using Hfi.ServiceDefaults.Paging;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Planning.Data;

/// <summary>
/// The paged lists of Planning. An arena's members are read in keyset order (role in the arena's order, substitute
/// rank, name in ordinal order, id); the organisation's short lists (regions, partners, arenas) are read whole.
/// </summary>
public static class PlanningLists
{
    public static readonly PageLimits MemberLimits = new(100, 1000);
    public static readonly PageLimits ShortListLimits = new(100, 500);
    public static readonly PageLimits PlannedMeetingLimits = new(100, 500);
    public static readonly PageLimits UpcomingLimits = new(20, 500);

    /// <summary>The most seats ListOtherSeats takes at once: a page of the members list at its default size.</summary>
    public const int MaxOtherSeatsAsked = 100;

    private const int NoRank = -1;

    // Roles are stored by name: their order (leader first) is spelled out for the database here.
    private static readonly Keyset<ArenaMember, (int, int, string, Guid)> LeaderFirst = Keyset.Ascending(
        (ArenaMember m) =>
            ValueTuple.Create(
                m.Role == MemberRole.Leader ? 1
                    : m.Role == MemberRole.DeputyLeader ? 2
                    : m.Role == MemberRole.Member ? 3
                    : m.Role == MemberRole.Observer ? 4
                    : 5,
                m.SubstituteRank ?? NoRank,
                EF.Functions.Collate(m.PersonName, "C"),
                m.Id
            ),
        p => (p.IntAt(0), p.IntAt(1), p.TextAt(2), p.GuidAt(3))
    );

    /// <summary>The seats whose term covers <paramref name="day"/> (a term without an end runs on).</summary>
    public static IQueryable<ArenaMember> SeatedOn(this IQueryable<ArenaMember> seats, DateOnly day) =>
        seats.Where(m => m.TermFrom <= day && (m.TermTo == null || m.TermTo >= day));

    /// <summary>The members of an arena whose term covers <paramref name="onDate"/>, leader first.</summary>
    public static async Task<Page<ArenaMember>> MemberPageAsync(
        this PlanningDbContext db,
        string arenaId,
        DateOnly onDate,
        PageRequest page,
        CancellationToken cancellationToken
    )
    {
        var query = db.ArenaMembers.AsNoTracking().SeatedOn(onDate).Where(m => m.ArenaId == arenaId);
        return await LeaderFirst.ReadPageAsync(query, page, cancellationToken);
    }

    /// <summary>
    /// The seats, covering <paramref name="onDate"/>, in arenas other than <paramref name="arenaId"/> (of those in
    /// <paramref name="arenaIds"/>, where given) of the people holding the seats <paramref name="memberIds"/> of it:
    /// the same e-mail address, in any case.
    /// </summary>
    public static async Task<List<OtherSeatRow>> OtherSeatsAsync(
        this PlanningDbContext db,
        string arenaId,
        IReadOnlyCollection<Guid> memberIds,
        DateOnly onDate,
        IReadOnlyCollection<string>? arenaIds,
        CancellationToken cancellationToken
    )
    {
        var seats = db.ArenaMembers.AsNoTracking().Where(m => m.ArenaId == arenaId && memberIds.Contains(m.Id));
        var others = db.ArenaMembers.AsNoTracking().SeatedOn(onDate).Where(m => m.ArenaId != arenaId);
        if (arenaIds is not null)
            others = others.Where(m => arenaIds.Contains(m.ArenaId));
        var rows = await seats
            .Join(
                others,
                s => s.Email.ToLower(),
                o => o.Email.ToLower(),
                (s, o) =>
                    new
                    {
                        SeatId = s.Id,
                        o.ArenaId,
                        o.Id,
                        o.Role,
                    }
            )
            .OrderBy(r => r.SeatId)
            .ThenBy(r => r.ArenaId)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new OtherSeatRow(r.SeatId, r.ArenaId, r.Id, r.Role))];
    }
}

/// <summary>A seat's holder (<see cref="MemberId"/>) sits in <see cref="ArenaId"/> too, as <see cref="Role"/>.</summary>
public sealed record OtherSeatRow(Guid MemberId, string ArenaId, Guid OtherMemberId, MemberRole Role);
