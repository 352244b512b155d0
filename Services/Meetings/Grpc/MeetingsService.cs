using System.Globalization;
using Grpc.Core;
using Hfi.Meetings.Api;
using Hfi.Meetings.Data;
using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Grpc;
using Hfi.ServiceDefaults.Identity;
using Hfi.ServiceDefaults.Paging;
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

    /// <summary>A page of meetings (no agendas), oldest first; the filters bind the page token.</summary>
    public override async Task<ListMeetingsResponse> ListMeetings(ListMeetingsRequest request, ServerCallContext context)
    {
        if (request.Year is < 0 or > 9998)
            throw new ValidationFailedException("year", Reasons.YearOutOfRange, $"A year between 1 and 9998 (0 = every year), not {request.Year}.");
        var filter = new MeetingListFilter(
            string.IsNullOrWhiteSpace(request.ArenaId) ? null : request.ArenaId,
            request.Year == 0 ? null : request.Year,
            request.Status == Api.MeetingStatus.Unspecified ? null : (Domain.MeetingStatus)request.Status);
        var page = PageRequest.Of(request.PageSize, request.PageToken, MeetingLists.MeetingLimits, "meetings.ListMeetings",
            filter.ArenaId, request.Year.ToString(CultureInfo.InvariantCulture), request.Status.ToString());
        var meetings = await store.Db.MeetingPageAsync(filter, page, context.CancellationToken);
        var viewer = ViewerOf(context);
        var notices = await store.NoticeVersionsAsync([.. meetings.Items.Select(m => m.Id)], viewer.NoticeAudience, context.CancellationToken);
        return new ListMeetingsResponse
        {
            Meetings = { meetings.Items.Select(m => MeetingMessages.ToMessage(m, viewer, notices.GetValueOrDefault(m.Id))) },
            NextPageToken = meetings.NextPageToken,
        };
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
