using Grpc.Core;
using Hfi.Meetings.Api;
using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Hfi.Meetings.Grpc;

/// <summary>
/// A member's own absence, as the page behind the notice's link reports it; the member comes from the token.
/// </summary>
public sealed partial class MeetingsService
{
    [Authorize(Policy = HfiPolicies.Member)]
    public override async Task<MyAbsence> ReportMyAbsence(ReportMyAbsenceRequest request, ServerCallContext context)
    {
        var (meeting, roster) = await LoadWithRosterAsync(request.MeetingId, context);
        var member = CallingMember(context, roster);
        meeting.ReportAbsence(roster, member.MemberId, request.Note, request.AbsentFrom, request.AbsentUntil);
        await store.SaveAsync(meeting, context.CancellationToken);
        return MyAbsenceOf(meeting, member);
    }

    [Authorize(Policy = HfiPolicies.SignedIn)]
    public override async Task<MyAbsence> GetMyAbsence(GetMyAbsenceRequest request, ServerCallContext context)
    {
        var meeting = await store.LoadReadOnlyAsync(request.MeetingId, context.CancellationToken);
        var roster = await planning.RosterAsync(meeting, context.CancellationToken);
        return MyAbsenceOf(meeting, CallingMember(context, roster));
    }

    [Authorize(Policy = HfiPolicies.Member)]
    public override async Task<MyAbsence> WithdrawMyAbsence(WithdrawMyAbsenceRequest request, ServerCallContext context)
    {
        var (meeting, roster) = await LoadWithRosterAsync(request.MeetingId, context);
        var member = CallingMember(context, roster);
        meeting.WithdrawAbsence(member.MemberId, clock.GetUtcNow());
        await store.SaveAsync(meeting, context.CancellationToken);
        return MyAbsenceOf(meeting, member);
    }

    private MyAbsence MyAbsenceOf(Domain.Meeting meeting, MemberInfo member) =>
        MeetingMessages.ToMessage(meeting, member, meeting.AbsenceOf(member.MemberId, clock.GetUtcNow()));

    /// <summary>The arena member the token belongs to (see <see cref="ArenaRoster.RequireCaller"/>).</summary>
    private static MemberInfo CallingMember(ServerCallContext context, ArenaRoster roster)
    {
        var caller = CallerOf(context);
        return roster.RequireCaller(caller.Subject, caller.Email);
    }
}
