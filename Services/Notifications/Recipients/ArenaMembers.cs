using Hfi.Notifications.Domain;
using Hfi.Planning.Api;

namespace Hfi.Notifications.Recipients;

/// <summary>An arena's members as Planning lists them (ListArenaMembers over gRPC).</summary>
public sealed class ArenaMembers(PlanningApi.PlanningApiClient planning)
{
    /// <summary>The members whose term covers the Oslo date of <paramref name="when"/> (the meeting's day).</summary>
    public async Task<IReadOnlyList<Recipient>> OnDateAsync(string arenaId, DateTimeOffset when, CancellationToken cancellationToken)
    {
        var request = new ListArenaMembersRequest
        {
            ArenaId = arenaId,
            OnDate = NorwegianText.InOslo(when).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        var response = await planning.ListArenaMembersAsync(request, cancellationToken: cancellationToken);
        return response.Members
            .Select(member => new Recipient(
                member.MemberId, member.PersonName, member.Email, member.Kind == MemberKind.MunicipalRepresentative))
            .ToList();
    }
}
