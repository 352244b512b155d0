using Grpc.Core;
using Hfi.Meetings.Api;
using Hfi.Meetings.Data;
using Hfi.Meetings.Domain;
using Hfi.Meetings.Events;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Hfi.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Authorization;

namespace Hfi.Meetings.Grpc;

public sealed partial class MeetingsService
{
    /// <summary>
    /// Freezes the agenda as a notice; it is published once per audience (on a reissue, only to the audiences that
    /// can see what changed), and the caller gets the version of their audience.
    /// </summary>
    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Notice> IssueNotice(IssueNoticeRequest request, ServerCallContext context)
    {
        var meeting = await store.LoadAsync(request.MeetingId, context.CancellationToken);
        meeting.IssueNotice();
        await store.SaveAsync(meeting, context.CancellationToken);
        HfiMetrics.NoticesIssued.Add(1);
        return MeetingMessages.ToMessage(
            (await store.LatestNoticeAsync(meeting.Id, ViewerOf(context).NoticeAudience, context.CancellationToken))!
        );
    }

    /// <summary>The latest notice of the caller's audience, as it was issued.</summary>
    public override async Task<Notice> GetNotice(GetNoticeRequest request, ServerCallContext context)
    {
        var id = RequestIds.Parse(request.MeetingId, "meeting_id");
        var notice =
            await store.LatestNoticeAsync(id, ViewerOf(context).NoticeAudience, context.CancellationToken)
            ?? throw new NotFoundException(Reasons.NoNoticeYet, $"No notice has been issued for meeting '{id}'.");
        return MeetingMessages.ToMessage(notice);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.Meeting> CancelMeeting(CancelMeetingRequest request, ServerCallContext context)
    {
        var meeting = await store.LoadAsync(request.MeetingId, context.CancellationToken);
        meeting.Cancel(request.Reason, clock.GetUtcNow());
        await store.SaveAsync(meeting, context.CancellationToken);
        return await MeetingMessageAsync(meeting, Viewer.Everyone, context.CancellationToken);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.Meeting> MarkHeld(MarkHeldRequest request, ServerCallContext context)
    {
        var meeting = await store.LoadAsync(request.MeetingId, context.CancellationToken);
        meeting.MarkHeld(clock.GetUtcNow());
        await store.SaveAsync(meeting, context.CancellationToken);
        return await MeetingMessageAsync(meeting, Viewer.Everyone, context.CancellationToken);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Minutes> DraftMinutes(DraftMinutesRequest request, ServerCallContext context)
    {
        var (meeting, roster) = await LoadWithRosterAsync(request.MeetingId, context);
        var proceedings = MeetingMessages.ToProceedings(request.ActualStart, request.ActualEnd, request.ItemNotes);
        if (!proceedings.IsEmpty)
            meeting.RecordProceedings(proceedings);
        meeting.DraftMinutes(roster);
        await store.SaveAsync(meeting, context.CancellationToken);
        return MinutesFor(meeting, Viewer.Everyone.NoticeAudience, "");
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Minutes> UpdateMinutes(UpdateMinutesRequest request, ServerCallContext context)
    {
        var meeting = await store.LoadAsync(request.MeetingId, context.CancellationToken);
        meeting.RecordProceedings(
            MeetingMessages.ToProceedings(
                request.ActualStart,
                request.ActualEnd,
                request.ItemNotes,
                request.DecisionWording
            )
        );
        await store.SaveAsync(meeting, context.CancellationToken);
        return MinutesFor(meeting, Viewer.Everyone.NoticeAudience, "");
    }

    /// <summary>Approves the minutes and publishes them once per audience through the outbox.</summary>
    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Minutes> ApproveMinutes(ApproveMinutesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var meeting = await store.LoadAsync(request.MeetingId, ct);
        meeting.ApproveMinutes();
        await store.SaveAsync(meeting, ct);
        return MinutesFor(meeting, Viewer.Everyone.NoticeAudience, await planning.ArenaNameAsync(meeting.ArenaId, ct));
    }

    /// <summary>Approved minutes for anyone, in their audience's version; the draft only for the secretariat.</summary>
    public override async Task<Minutes> GetMinutes(GetMinutesRequest request, ServerCallContext context)
    {
        var meeting = await store.LoadReadOnlyAsync(request.MeetingId, context.CancellationToken);
        var caller = CallerOf(context);
        meeting.EnsureMinutesReadable(draftToo: caller.IsSecretariat);
        return MinutesFor(meeting, Viewer.For(caller).NoticeAudience, "");
    }

    private Minutes MinutesFor(Domain.Meeting meeting, string audience, string arenaName) =>
        MeetingMessages.ToMessage(
            MinutesBuilder.Build(meeting, arenaName, audience, clock.GetUtcNow()),
            meeting.Status
        );
}
