using System.Text.Json;
using Grpc.Core;
using Hfi.Contracts;
using Hfi.Meetings.Api;
using Hfi.Meetings.Data;
using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Hfi.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Meetings.Grpc;

public sealed partial class MeetingsService
{
    private static readonly JsonSerializerOptions NoticeJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Freezes the agenda as a notice and publishes it through the outbox once per audience; on a reissue, only to
    /// the audiences that can see what changed, each with its own version number.
    /// </summary>
    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Notice> IssueNotice(IssueNoticeRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var meeting = await store.LoadAsync(request.MeetingId, ct);
        var arenaName = await planning.ArenaNameAsync(meeting.ArenaId, ct);
        meeting.IssueNotice();

        var issuedAt = clock.GetUtcNow();
        var current = new List<MeetingNoticeIssued>();
        foreach (var audience in Viewer.PublishedAudiences)
        {
            var previous = await LatestNoticeAsync(meeting.Id, audience, ct);
            var next = NoticeBuilder.NextVersion(previous, NoticeBuilder.Build(meeting, arenaName, audience, issuedAt));
            if (next is not null)
            {
                store.Db.Enqueue(next, clock);
                store.Db.IssuedNotices.Add(new IssuedNotice
                {
                    MeetingId = meeting.Id, Version = next.NoticeVersion, Audience = audience,
                    Payload = JsonSerializer.Serialize(next, NoticeJson), IssuedAt = issuedAt,
                });
            }
            current.Add(next ?? previous!);
        }
        await store.SaveAsync(meeting, ct);
        Hfi.ServiceDefaults.Telemetry.HfiMetrics.NoticesIssued.Add(1);
        return MeetingMessages.ToMessage(current.Single(n => n.Audience == ViewerOf(context).NoticeAudience));
    }

    /// <summary>The latest notice of the caller's audience, as it was issued.</summary>
    public override async Task<Notice> GetNotice(GetNoticeRequest request, ServerCallContext context)
    {
        var id = RequestIds.Parse(request.MeetingId, "meeting_id");
        var notice = await LatestNoticeAsync(id, ViewerOf(context).NoticeAudience, context.CancellationToken)
            ?? throw new NotFoundException(Reasons.NoNoticeYet, $"No notice has been issued for meeting '{id}'.");
        return MeetingMessages.ToMessage(notice);
    }

    private async Task<MeetingNoticeIssued?> LatestNoticeAsync(Guid meetingId, string audience, CancellationToken cancellationToken)
    {
        var payload = await store.Db.IssuedNotices.AsNoTracking()
            .Where(n => n.MeetingId == meetingId && n.Audience == audience)
            .OrderByDescending(n => n.Version)
            .Select(n => n.Payload)
            .FirstOrDefaultAsync(cancellationToken);
        return payload is null ? null : JsonSerializer.Deserialize<MeetingNoticeIssued>(payload, NoticeJson);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.Meeting> MarkHeld(MarkHeldRequest request, ServerCallContext context)
    {
        var meeting = await store.LoadAsync(request.MeetingId, context.CancellationToken);
        meeting.MarkHeld(clock.GetUtcNow());
        if (PlanLink.Held(meeting, clock.GetUtcNow()) is { } held) store.Db.Enqueue(held, clock);
        await store.SaveAsync(meeting, context.CancellationToken);
        return await MeetingMessageAsync(meeting, Viewer.Everyone, context.CancellationToken);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Minutes> DraftMinutes(DraftMinutesRequest request, ServerCallContext context)
    {
        var (meeting, roster) = await LoadWithRosterAsync(request.MeetingId, context);
        var proceedings = MeetingMessages.ToProceedings(request.ActualStart, request.ActualEnd, request.ItemNotes);
        if (!proceedings.IsEmpty) meeting.RecordProceedings(proceedings);
        meeting.DraftMinutes(roster);
        await store.SaveAsync(meeting, context.CancellationToken);
        return MinutesFor(meeting, Viewer.Everyone.NoticeAudience, "");
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Minutes> UpdateMinutes(UpdateMinutesRequest request, ServerCallContext context)
    {
        var meeting = await store.LoadAsync(request.MeetingId, context.CancellationToken);
        meeting.RecordProceedings(MeetingMessages.ToProceedings(request.ActualStart, request.ActualEnd, request.ItemNotes));
        await store.SaveAsync(meeting, context.CancellationToken);
        return MinutesFor(meeting, Viewer.Everyone.NoticeAudience, "");
    }

    /// <summary>Approves the minutes and publishes them once per audience through the outbox.</summary>
    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Minutes> ApproveMinutes(ApproveMinutesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var meeting = await store.LoadAsync(request.MeetingId, ct);
        var arenaName = await planning.ArenaNameAsync(meeting.ArenaId, ct);
        meeting.ApproveMinutes();
        var approvedAt = clock.GetUtcNow();
        foreach (var audience in Viewer.PublishedAudiences)
        {
            store.Db.Enqueue(MinutesBuilder.Build(meeting, arenaName, audience, approvedAt), clock);
        }
        await store.SaveAsync(meeting, ct);
        return MinutesFor(meeting, Viewer.Everyone.NoticeAudience, arenaName);
    }

    /// <summary>Approved minutes for anyone, in their audience's version; the draft only for the secretariat.</summary>
    public override async Task<Minutes> GetMinutes(GetMinutesRequest request, ServerCallContext context)
    {
        var meeting = await LoadReadOnlyAsync(request.MeetingId, context);
        var caller = CallerOf(context);
        var readable = meeting.Status == Domain.MeetingStatus.MinutesApproved
            || (meeting.Status == Domain.MeetingStatus.MinutesDrafted && caller.IsSecretariat);
        if (!readable)
        {
            throw new InvalidStateException(Reasons.MinutesNotReady,
                $"The minutes are not {(caller.IsSecretariat ? "drafted" : "approved")} yet; the meeting is '{MeetingLifecycle.Describe(meeting.Status)}'.");
        }

        return MinutesFor(meeting, Viewer.For(caller).NoticeAudience, "");
    }

    private Minutes MinutesFor(Domain.Meeting meeting, string audience, string arenaName) =>
        MeetingMessages.ToMessage(MinutesBuilder.Build(meeting, arenaName, audience, clock.GetUtcNow()), meeting.Status);
}
