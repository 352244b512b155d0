using Grpc.Core;
using Hfi.Meetings.Api;
using Hfi.Meetings.Application;
using Hfi.Meetings.Data;
using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Grpc;
using Hfi.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Authorization;
using DomainMeeting = Hfi.Meetings.Domain.Meeting;

namespace Hfi.Meetings.Grpc;

/// <summary>
/// Thin gRPC layer over the Meetings domain: each method reads the request, calls the domain (or the use case's
/// handler in Application/) and maps the answer. Every read goes through <see cref="Viewer"/> (from the caller's
/// token), so an item outside the caller's audience is never mapped into an answer.
/// </summary>
public sealed partial class MeetingsService(
    MeetingStore store,
    MeetingReads reads,
    PlanningDirectory planning,
    CreateMeetingHandler createMeeting,
    DocumentPreviewHandler documentPreviews,
    TimeProvider clock
) : MeetingsApi.MeetingsApiBase
{
    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.Meeting> CreateMeeting(CreateMeetingRequest request, ServerCallContext context)
    {
        var meeting = await createMeeting.HandleAsync(MeetingMessages.ToDetails(request), context.CancellationToken);
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

    /// <summary>A page of meetings (no agendas), oldest first; the filters bind the page token.</summary>
    public override async Task<ListMeetingsResponse> ListMeetings(
        ListMeetingsRequest request,
        ServerCallContext context
    )
    {
        var ct = context.CancellationToken;
        var filter = MeetingRequests.Filter(request);
        var meetings = await store.Db.MeetingPageAsync(filter, MeetingRequests.Page(request), ct);
        var viewer = ViewerOf(context);
        var notices = await store.NoticeVersionsAsync([.. meetings.Items.Select(m => m.Id)], viewer.NoticeAudience, ct);
        return new ListMeetingsResponse
        {
            Meetings =
            {
                meetings.Items.Select(m => MeetingMessages.ToMessage(m, viewer, notices.GetValueOrDefault(m.Id))),
            },
            NextPageToken = meetings.NextPageToken,
        };
    }

    /// <summary>The meeting with its agenda, as <paramref name="viewer"/> sees it.</summary>
    private async Task<Api.Meeting> MeetingMessageAsync(
        DomainMeeting meeting,
        Viewer viewer,
        CancellationToken cancellationToken
    )
    {
        var notices = await store.NoticeVersionsAsync([meeting.Id], viewer.NoticeAudience, cancellationToken);
        return MeetingMessages.ToMessage(meeting, viewer, notices.GetValueOrDefault(meeting.Id), withAgenda: true);
    }

    private static Viewer ViewerOf(ServerCallContext context) => ViewerOf(context.GetHttpContext());

    /// <summary>The viewer of a request: the one rule every read path and the cached REST reads go by.</summary>
    internal static Viewer ViewerOf(HttpContext context) => Viewer.For(Caller.From(context.User));

    private static Caller CallerOf(ServerCallContext context) => Caller.From(context.GetHttpContext().User);
}
