using Grpc.Core;
using Hfi.Meetings.Api;
using Hfi.Meetings.Data;
using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Grpc;
using Hfi.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainMeeting = Hfi.Meetings.Domain.Meeting;

namespace Hfi.Meetings.Grpc;

/// <summary>
/// Thin gRPC layer over the Meetings domain. Every read goes through <see cref="Viewer"/> (from the caller's
/// token), so an item outside the caller's audience is never mapped into an answer.
/// </summary>
public sealed partial class MeetingsService(
    MeetingStore store, MeetingReads reads, PlanningDirectory planning, DocumentPreviews previews, TimeProvider clock)
    : MeetingsApi.MeetingsApiBase
{
    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.Meeting> CreateMeeting(CreateMeetingRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var details = MeetingMessages.ToDetails(request).Validated();
        await planning.ArenaNameAsync(details.ArenaId!, ct);
        if (details.PlannedMeetingId is not null) await planning.EnsurePlannedMeetingAsync(details.PlannedMeetingId, details.ArenaId!, ct);

        var previous = await store.PreviousMeetingAsync(details.ArenaId!, details.StartsAt!.Value, ct);
        var meeting = DomainMeeting.Create(details, await store.SequenceAsync(details.ArenaId!, details.Year, ct), previous);
        await store.SaveAsync(meeting, ct);
        return MeetingMessages.ToMessage(meeting, Viewer.Everyone, noticeVersion: 0, withAgenda: true);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.Meeting> UpdateMeeting(UpdateMeetingRequest request, ServerCallContext context)
    {
        var meeting = await store.LoadAsync(request.MeetingId, context.CancellationToken);
        meeting.UpdateDetails(MeetingMessages.ToDetails(request));
        await store.SaveAsync(meeting, context.CancellationToken);
        return await MeetingMessageAsync(meeting, Viewer.Everyone, context.CancellationToken);
    }

    public override async Task<Api.Meeting> GetMeeting(GetMeetingRequest request, ServerCallContext context)
    {
        var read = await reads.MeetingAsync(request.MeetingId, ViewerOf(context), context.CancellationToken);
        return EntityTags.NotModified(context, read.ETag) ? new Api.Meeting() : read.Message;
    }

    public override async Task<ListMeetingsResponse> ListMeetings(ListMeetingsRequest request, ServerCallContext context)
    {
        var query = store.Db.Meetings.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.ArenaId)) query = query.Where(m => m.ArenaId == request.ArenaId);
        var meetings = await query.OrderBy(m => m.StartsAt).ToListAsync(context.CancellationToken);
        var viewer = ViewerOf(context);
        var notices = await store.NoticeVersionsAsync([.. meetings.Select(m => m.Id)], viewer.NoticeAudience, context.CancellationToken);
        return new ListMeetingsResponse { Meetings = { meetings.Select(m => MeetingMessages.ToMessage(m, viewer, notices.GetValueOrDefault(m.Id))) } };
    }

    /// <summary>The meeting with its agenda, as <paramref name="viewer"/> sees it.</summary>
    private async Task<Api.Meeting> MeetingMessageAsync(DomainMeeting meeting, Viewer viewer, CancellationToken cancellationToken)
    {
        var notices = await store.NoticeVersionsAsync([meeting.Id], viewer.NoticeAudience, cancellationToken);
        return MeetingMessages.ToMessage(meeting, viewer, notices.GetValueOrDefault(meeting.Id), withAgenda: true);
    }

    private static Viewer ViewerOf(ServerCallContext context) => Viewer.For(CallerOf(context));

    private static Caller CallerOf(ServerCallContext context) => Caller.From(context.GetHttpContext().User);

    private async Task<DomainMeeting> LoadReadOnlyAsync(string meetingId, ServerCallContext context)
    {
        var id = RequestIds.Parse(meetingId, "meeting_id");
        return await store.Db.FullMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, context.CancellationToken)
            ?? throw MeetingReads.NotFound(id);
    }

    /// <summary>An item the viewer may see; one outside their audience is answered exactly like one that does not exist.</summary>
    private static Domain.AgendaItem ReadableItem(DomainMeeting meeting, Viewer viewer, string itemId)
    {
        var id = RequestIds.Parse(itemId, "item_id");
        var item = meeting.Items.SingleOrDefault(i => i.Id == id);
        return item is not null && viewer.Sees(item.Audience)
            ? item
            : throw new NotFoundException(Reasons.AgendaItemNotFound, $"Agenda item '{id}' is not on this meeting's agenda.");
    }
}
