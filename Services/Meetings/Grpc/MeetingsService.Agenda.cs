using Grpc.Core;
using Hfi.Meetings.Api;
using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Grpc;
using Hfi.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Hfi.Meetings.Grpc;

public sealed partial class MeetingsService
{
    public override async Task<Agenda> GetAgenda(GetAgendaRequest request, ServerCallContext context)
    {
        var read = await reads.AgendaAsync(request.MeetingId, ViewerOf(context), context.CancellationToken);
        return EntityTags.NotModified(context, read.ETag) ? new Agenda() : read.Message;
    }

    public override async Task<Api.AgendaItem> GetAgendaItem(GetAgendaItemRequest request, ServerCallContext context)
    {
        var meeting = await store.LoadReadOnlyAsync(request.MeetingId, context.CancellationToken);
        var viewer = ViewerOf(context);
        return TimedItem(meeting, meeting.ReadableItem(MeetingRequests.ItemId(request.ItemId), viewer), viewer);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.AgendaItem> AddAgendaItem(AddAgendaItemRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var meeting = await store.LoadAsync(request.MeetingId, ct);
        var numbers = await store.SequenceAsync(meeting.ArenaId, meeting.Year, ct);
        var item = meeting.AddItem(MeetingMessages.ToContent(request.Item), numbers);
        await store.SaveAsync(meeting, ct);
        return TimedItem(meeting, item, Viewer.Everyone);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.AgendaItem> UpdateAgendaItem(
        UpdateAgendaItemRequest request,
        ServerCallContext context
    )
    {
        var meeting = await store.LoadAsync(request.MeetingId, context.CancellationToken);
        var item = meeting.UpdateItem(MeetingRequests.ItemId(request.ItemId), MeetingMessages.ToContent(request.Item));
        await store.SaveAsync(meeting, context.CancellationToken);
        return TimedItem(meeting, item, Viewer.Everyone);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.AgendaItem> WithdrawAgendaItem(
        WithdrawAgendaItemRequest request,
        ServerCallContext context
    )
    {
        var meeting = await store.LoadAsync(request.MeetingId, context.CancellationToken);
        var item = meeting.WithdrawItem(MeetingRequests.ItemId(request.ItemId));
        await store.SaveAsync(meeting, context.CancellationToken);
        return MeetingMessages.ToMessage(meeting, item, null);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Agenda> ReorderAgenda(ReorderAgendaRequest request, ServerCallContext context)
    {
        var meeting = await store.LoadAsync(request.MeetingId, context.CancellationToken);
        meeting.Reorder([.. request.ItemIds.Select(MeetingRequests.ItemId)]);
        await store.SaveAsync(meeting, context.CancellationToken);
        return MeetingMessages.ToAgenda(meeting, Viewer.Everyone);
    }

    private static Api.AgendaItem TimedItem(Domain.Meeting meeting, Domain.AgendaItem item, Viewer viewer) =>
        MeetingMessages.ToMessage(
            meeting,
            item,
            AgendaSchedule.For(meeting, viewer).Items.SingleOrDefault(s => s.Item == item)
        );
}
