extern alias planning;
using planning::Hfi.Planning.Api;

namespace Hfi.Notifications.Tests.Support;

public sealed record TestMember(string MemberId, string Name, string Email, bool IsMunicipal);

/// <summary>Adds members to an arena through Planning's own API, as the secretariat does.</summary>
public static class TestMembers
{
    public const string HospitalId = "sykehuset-innlandet";

    /// <summary>
    /// <paramref name="municipal"/> municipal representatives (spread over the municipalities) and
    /// <paramref name="hospital"/> hospital representatives, all plain members from 2024, with unique addresses.
    /// </summary>
    public static async Task<IReadOnlyList<TestMember>> AddAsync(
        PlanningApi.PlanningApiClient planning,
        string arenaId,
        int municipal,
        int hospital
    )
    {
        var municipalities = (await planning.ListPartnersAsync(new ListPartnersRequest()))
            .Partners.Where(p => p.Kind == PartnerKind.Municipality)
            .Select(p => p.PartnerId)
            .ToList();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var members = new List<TestMember>();
        for (var i = 0; i < municipal + hospital; i++)
        {
            var isMunicipal = i < municipal;
            var request = new AddArenaMemberRequest
            {
                ArenaId = arenaId,
                PersonName = isMunicipal ? $"Kari Kommune {i + 1}" : $"Per Sykehus {i + 1}",
                Email = isMunicipal
                    ? $"kari.{i + 1}.{tag}@kommune.test"
                    : $"per.{i + 1}.{tag}@sykehuset-innlandet.test",
                PartnerId = isMunicipal ? municipalities[i % municipalities.Count] : HospitalId,
                Kind = isMunicipal ? MemberKind.MunicipalRepresentative : MemberKind.HospitalRepresentative,
                Role = MemberRole.Member,
                HasVotingRight = true,
                TermFrom = "2024-01-01",
            };
            var added = await planning.AddArenaMemberAsync(request);
            members.Add(new TestMember(added.MemberId, added.PersonName, added.Email, isMunicipal));
        }
        return members;
    }
}
