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

    private const int NoRank = -1;

    /// <summary>The members of an arena whose term covers <paramref name="onDate"/>, leader first.</summary>
    public static async Task<Page<ArenaMember>> MemberPageAsync(
        this PlanningDbContext db,
        string arenaId,
        DateOnly onDate,
        PageRequest page,
        CancellationToken cancellationToken
    )
    {
        // Roles are stored by name: their order (leader first) is spelled out for the database here.
        var query = db
            .ArenaMembers.AsNoTracking()
            .Where(m => m.ArenaId == arenaId && m.TermFrom <= onDate && (m.TermTo == null || m.TermTo >= onDate))
            .Select(m => new
            {
                Member = m,
                Role = m.Role == MemberRole.Leader ? 1
                : m.Role == MemberRole.DeputyLeader ? 2
                : m.Role == MemberRole.Member ? 3
                : m.Role == MemberRole.Observer ? 4
                : 5,
                Rank = m.SubstituteRank ?? NoRank,
                Name = EF.Functions.Collate(m.PersonName, "C"),
                m.Id,
            });
        if (!page.IsFirst)
        {
            var (role, rank, name, id) = (page.IntAt(0), page.IntAt(1), page.TextAt(2), page.GuidAt(3));
            query = query.Where(m =>
                EF.Functions.GreaterThan(
                    ValueTuple.Create(m.Role, m.Rank, m.Name, m.Id),
                    ValueTuple.Create(role, rank, name, id)
                )
            );
        }
        var rows = await query
            .OrderBy(m => m.Role)
            .ThenBy(m => m.Rank)
            .ThenBy(m => m.Name)
            .ThenBy(m => m.Id)
            .Take(page.Fetch)
            .ToListAsync(cancellationToken);
        var members = page.PageOf(rows, m => [m.Role, m.Rank, m.Name, m.Id]);
        return new Page<ArenaMember>([.. members.Items.Select(m => m.Member)], members.NextPageToken);
    }
}
