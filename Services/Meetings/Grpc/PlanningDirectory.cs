using System.Globalization;
using Grpc.Core;
using Hfi.Meetings.Domain;
using Hfi.Planning.Api;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Hfi.ServiceDefaults.Norwegian;
using Hfi.ServiceDefaults.Paging;

namespace Hfi.Meetings.Grpc;

/// <summary>What Meetings asks Planning: arenas, planned meetings and the members on a meeting's date.</summary>
public sealed class PlanningDirectory(PlanningApi.PlanningApiClient planning)
{
    /// <summary>Planning's largest page of members: a roster of thousands is read in a few calls.</summary>
    private const int MembersPerPage = 1000;

    /// <summary>The arena's name; refuses an arena Planning does not know, naming <c>arena_id</c>.</summary>
    public async Task<string> ArenaNameAsync(string arenaId, CancellationToken cancellationToken)
    {
        try
        {
            var arena = await planning.GetArenaAsync(
                new GetArenaRequest { ArenaId = arenaId },
                cancellationToken: cancellationToken
            );
            return arena.Name;
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            throw new ValidationFailedException(
                "arena_id",
                Reasons.ArenaNotFound,
                $"Arena '{arenaId}' does not exist in Planning."
            );
        }
    }

    public async Task EnsurePlannedMeetingAsync(
        string plannedMeetingId,
        string arenaId,
        CancellationToken cancellationToken
    )
    {
        PlannedMeeting planned;
        try
        {
            planned = await planning.GetPlannedMeetingAsync(
                new GetPlannedMeetingRequest { PlannedMeetingId = plannedMeetingId },
                cancellationToken: cancellationToken
            );
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
        {
            throw new ValidationFailedException(
                "planned_meeting_id",
                Reasons.PlannedMeetingNotFound,
                $"Planned meeting '{plannedMeetingId}' does not exist in Planning."
            );
        }
        if (planned.ArenaId != arenaId)
        {
            throw new ValidationFailedException(
                "planned_meeting_id",
                Reasons.PlannedMeetingOfOtherArena,
                $"Planned meeting '{plannedMeetingId}' belongs to arena '{planned.ArenaId}', not '{arenaId}'."
            );
        }
    }

    /// <summary>The arena's members whose term covers the meeting's (Oslo) date.</summary>
    public async Task<ArenaRoster> RosterAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var onDate = OsloTime.Day(meeting.StartsAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var members = await AllPages.ReadAsync(
            async token =>
                await planning.ListArenaMembersAsync(
                    new ListArenaMembersRequest
                    {
                        ArenaId = meeting.ArenaId,
                        OnDate = onDate,
                        PageSize = MembersPerPage,
                        PageToken = token,
                    },
                    cancellationToken: cancellationToken
                ),
            response => response.Members,
            response => response.NextPageToken
        );
        return new ArenaRoster(members.Select(ToMemberInfo));
    }

    private static MemberInfo ToMemberInfo(ArenaMember member) =>
        new()
        {
            MemberId = member.MemberId,
            Name = member.PersonName,
            Email = string.IsNullOrEmpty(member.Email) ? null : member.Email,
            PartnerName = string.IsNullOrEmpty(member.PartnerName) ? null : member.PartnerName,
            PartnerKind = member.Kind switch
            {
                MemberKind.MunicipalRepresentative => PartnerKinds.Municipal,
                MemberKind.HospitalRepresentative => PartnerKinds.Hospital,
                _ => null,
            },
            HasVotingRight = member.HasVotingRight,
            SubstituteForMemberId =
                member.Role == MemberRole.Substitute && !string.IsNullOrEmpty(member.SubstituteForMemberId)
                    ? member.SubstituteForMemberId
                    : null,
            SubstituteRank = member.SubstituteRank,
        };
}
