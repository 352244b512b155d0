using Grpc.Core;
using Hfi.Meetings.Api;
using Hfi.Meetings.Data;
using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Hfi.Meetings.Grpc;

public sealed partial class MeetingsService
{
    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.Attendance> RecordAttendance(
        RecordAttendanceRequest request,
        ServerCallContext context
    )
    {
        var (meeting, roster) = await LoadWithRosterAsync(request.MeetingId, context);
        var attendance = meeting.RecordAttendance(roster, request.MemberId, request.Present, clock.GetUtcNow());
        await store.SaveAsync(meeting, context.CancellationToken);
        return MeetingMessages.ToMessage(attendance);
    }

    /// <summary>
    /// The attendance list is for the secretariat and for the members of the meeting's arena (who need to know who
    /// meets, who sits in for whom and who holds proxies). An absence note can be health information: only the
    /// secretariat and the member who wrote it see it.
    /// </summary>
    [Authorize(Policy = HfiPolicies.SignedIn)]
    public override async Task<AttendanceOverview> GetAttendance(
        GetAttendanceRequest request,
        ServerCallContext context
    )
    {
        var meeting = await store.LoadReadOnlyAsync(request.MeetingId, context.CancellationToken);
        var viewer = ViewerOf(context);
        if (CallerOf(context).IsSecretariat)
            return MeetingMessages.ToOverview(meeting, viewer);
        var member = CallingMember(context, await planning.RosterAsync(meeting, context.CancellationToken));
        return MeetingMessages.ToOverview(meeting, viewer, attendance => attendance.MemberId == member.MemberId);
    }

    /// <summary>
    /// Absence (forfall) of any member, by the secretariat; members report their own with ReportMyAbsence.
    /// </summary>
    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<ReportAbsenceResponse> ReportAbsence(
        ReportAbsenceRequest request,
        ServerCallContext context
    )
    {
        var (meeting, roster) = await LoadWithRosterAsync(request.MeetingId, context);
        var asked = meeting.ReportAbsence(
            roster,
            request.MemberId,
            request.Note,
            request.AbsentFrom,
            request.AbsentUntil
        );
        await store.SaveAsync(meeting, context.CancellationToken);
        return new ReportAbsenceResponse
        {
            Attendance = MeetingMessages.ToMessage(meeting.AttendanceOf(request.MemberId)!),
            SubstituteRequest = asked is null ? null : MeetingMessages.ToMessage(asked),
        };
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<AttendanceOverview> CancelAbsence(
        CancelAbsenceRequest request,
        ServerCallContext context
    )
    {
        var meeting = await store.LoadAsync(request.MeetingId, context.CancellationToken);
        meeting.CancelAbsence(request.MemberId);
        await store.SaveAsync(meeting, context.CancellationToken);
        return MeetingMessages.ToOverview(meeting, Viewer.Everyone);
    }

    /// <summary>The substitute (or the secretariat on their behalf) accepts or declines.</summary>
    [Authorize(Policy = HfiPolicies.Member)]
    public override async Task<AnswerSubstituteRequestResponse> AnswerSubstituteRequest(
        AnswerSubstituteRequestRequest request,
        ServerCallContext context
    )
    {
        var (meeting, roster) = await LoadWithRosterAsync(request.MeetingId, context);
        var requestId = RequestIds.Parse(request.RequestId, "request_id");
        var answeringMemberId = CallerOf(context).IsSecretariat ? null : CallingMember(context, roster).MemberId;
        var answer = meeting.AnswerSubstituteRequest(roster, requestId, request.Accept, answeringMemberId);
        await store.SaveAsync(meeting, context.CancellationToken);
        return new AnswerSubstituteRequestResponse
        {
            Answered = MeetingMessages.ToMessage(answer.Answered),
            Next = answer.NextAsked is null ? null : MeetingMessages.ToMessage(answer.NextAsked),
        };
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.Proxy> GiveProxy(GiveProxyRequest request, ServerCallContext context)
    {
        var (meeting, roster) = await LoadWithRosterAsync(request.MeetingId, context);
        var rules = await store.RulesAsync(meeting.ArenaId, context.CancellationToken);
        var proxy = meeting.GiveProxy(roster, rules, request.GiverMemberId, request.HolderMemberId);
        await store.SaveAsync(meeting, context.CancellationToken);
        return MeetingMessages.ToMessage(proxy);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<AttendanceOverview> RevokeProxy(RevokeProxyRequest request, ServerCallContext context)
    {
        var meeting = await store.LoadAsync(request.MeetingId, context.CancellationToken);
        meeting.RevokeProxy(request.GiverMemberId);
        await store.SaveAsync(meeting, context.CancellationToken);
        return MeetingMessages.ToOverview(meeting, Viewer.Everyone);
    }

    [Authorize(Policy = HfiPolicies.SignedIn)]
    public override async Task<Api.VotingCount> CountVotes(CountVotesRequest request, ServerCallContext context)
    {
        var (meeting, roster) = await LoadWithRosterAsync(request.MeetingId, context);
        var caseId = MeetingRequests.CaseItemId(request.CaseItemId) is { } id
            ? meeting.ReadableItem(id, ViewerOf(context)).Id
            : (Guid?)null;
        var rules = await store.RulesAsync(meeting.ArenaId, context.CancellationToken);
        return MeetingMessages.ToMessage(meeting.CountVotes(roster, rules, caseId));
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.AgendaItem> RecordConflictOfInterest(
        RecordConflictOfInterestRequest request,
        ServerCallContext context
    )
    {
        var (meeting, roster) = await LoadWithRosterAsync(request.MeetingId, context);
        var itemId = MeetingRequests.ItemId(request.ItemId);
        meeting.RecordConflictOfInterest(roster, itemId, request.MemberId, request.Reason);
        await store.SaveAsync(meeting, context.CancellationToken);
        return MeetingMessages.ToMessage(meeting, meeting.FindItem(itemId), null);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.AgendaItem> RecordDecision(RecordDecisionRequest request, ServerCallContext context)
    {
        var (meeting, roster) = await LoadWithRosterAsync(request.MeetingId, context);
        var rules = await store.RulesAsync(meeting.ArenaId, context.CancellationToken);
        var itemId = MeetingRequests.ItemId(request.ItemId);
        meeting.RecordDecision(roster, rules, itemId, MeetingRequests.Decision(request), clock.GetUtcNow());
        await store.SaveAsync(meeting, context.CancellationToken);
        return MeetingMessages.ToMessage(meeting, meeting.FindItem(itemId), null);
    }

    private async Task<(Domain.Meeting Meeting, ArenaRoster Roster)> LoadWithRosterAsync(
        string meetingId,
        ServerCallContext context
    )
    {
        var meeting = await store.LoadAsync(meetingId, context.CancellationToken);
        return (meeting, await planning.RosterAsync(meeting, context.CancellationToken));
    }
}
