using Hfi.Notifications.Domain;
using Hfi.Notifications.Extensions;
using Hfi.Planning.Api;
using Hfi.ServiceDefaults.Norwegian;
using Hfi.ServiceDefaults.Paging;
using Microsoft.Extensions.Options;

namespace Hfi.Notifications.Recipients;

/// <summary>
/// An arena's members as Planning lists them (ListArenaMembers over gRPC). Scoped: within one scope (a round of
/// recipient lookups) an arena's members on a day are asked for once, so the two audiences' versions of a notice,
/// looked up together, cost one roster, not two.
/// </summary>
public sealed class ArenaMembers(PlanningApi.PlanningApiClient planning, IOptions<NoticeOptions> options)
{
    /// <summary>Planning's largest page of members: a roster of thousands is read in a few calls.</summary>
    private const int MembersPerPage = 1000;

    private readonly Dictionary<(string ArenaId, string OnDate), IReadOnlyList<Recipient>> _asked = [];

    /// <summary>
    /// Whom a notice is for: the one member it names, or the arena's members its audience and rule select.
    /// </summary>
    /// <param name="summonedSubstitutes">The substitutes summoned to the notice's meeting: the only ones it goes
    /// to.</param>
    public async Task<IReadOnlyList<Recipient>> OfAsync(
        Notice notice,
        IReadOnlySet<string> summonedSubstitutes,
        CancellationToken cancellationToken
    ) =>
        notice.RecipientMemberId is { } memberId
            ? [await FindAsync(notice.ArenaId, memberId, notice.MembersOn, cancellationToken)]
            : RecipientSelection.Select(
                await OnDateAsync(notice.ArenaId, notice.MembersOn, cancellationToken),
                notice.Audience,
                notice.Rule,
                summonedSubstitutes
            );

    /// <summary>The members whose term covers the Oslo date of <paramref name="when"/> (the meeting's day).</summary>
    public async Task<IReadOnlyList<Recipient>> OnDateAsync(
        string arenaId,
        DateTimeOffset when,
        CancellationToken cancellationToken
    )
    {
        var onDate = OsloTime.Day(when).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (_asked.TryGetValue((arenaId, onDate), out var known))
            return known;
        var recipients = await AskAsync(arenaId, onDate, cancellationToken);
        _asked[(arenaId, onDate)] = recipients;
        return recipients;
    }

    private async Task<IReadOnlyList<Recipient>> AskAsync(
        string arenaId,
        string onDate,
        CancellationToken cancellationToken
    )
    {
        var deadline = DateTime.UtcNow + options.Value.LookupTimeout;
        var members = await AllPages.ReadAsync(
            async token =>
                await planning.ListArenaMembersAsync(
                    new ListArenaMembersRequest
                    {
                        ArenaId = arenaId,
                        OnDate = onDate,
                        PageSize = MembersPerPage,
                        PageToken = token,
                    },
                    deadline: deadline,
                    cancellationToken: cancellationToken
                ),
            response => response.Members,
            response => response.NextPageToken
        );
        return members
            .Select(member => new Recipient(
                member.MemberId,
                member.PersonName,
                member.Email,
                member.Kind == MemberKind.MunicipalRepresentative,
                member.Role == MemberRole.Substitute
            ))
            .ToList();
    }

    /// <summary>
    /// A person the event names only by member id (no e-mail given): found among the arena's members that day.
    /// </summary>
    private async Task<Recipient> FindAsync(
        string arenaId,
        string memberId,
        DateTimeOffset when,
        CancellationToken cancellationToken
    ) =>
        (await OnDateAsync(arenaId, when, cancellationToken)).FirstOrDefault(member => member.MemberId == memberId)
        ?? throw new InvalidOperationException(
            $"Member '{memberId}' of arena '{arenaId}' is not listed by Planning for that day; nobody to send to."
        );
}
