using System.Globalization;
using Grpc.Core;
using Hfi.Meetings.Api;
using Hfi.Meetings.Data;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Hfi.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Meetings.Grpc;

public sealed partial class MeetingsService
{
    public override async Task<Api.ArenaRules> GetArenaRules(GetArenaRulesRequest request, ServerCallContext context) =>
        MeetingMessages.ToMessage(await store.RulesAsync(request.ArenaId, context.CancellationToken));

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.ArenaRules> SetArenaRules(SetArenaRulesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await planning.ArenaNameAsync(request.ArenaId, ct);
        var rules = await store.RulesToChangeAsync(request.ArenaId, ct);
        rules.Change(request.QuorumPercent, request.MaxProxiesPerHolder);
        await store.SaveChangesAsync(ct);
        return MeetingMessages.ToMessage(rules);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.FollowUp> CreateFollowUp(CreateFollowUpRequest request, ServerCallContext context)
    {
        var meeting = await store.LoadAsync(request.MeetingId, context.CancellationToken);
        var followUp = Domain.FollowUp.Create(
            meeting,
            MeetingRequests.ItemId(request.ItemId),
            request.Description,
            request.Owner,
            MeetingRequests.DueDate(request.DueDate)
        );
        await store.AddAsync(followUp, context.CancellationToken);
        return MeetingMessages.ToMessage(followUp);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.FollowUp> UpdateFollowUp(UpdateFollowUpRequest request, ServerCallContext context)
    {
        var followUp = await store.FollowUpAsync(request.FollowUpId, context.CancellationToken);
        followUp.Update(
            request.Description,
            request.Owner,
            MeetingRequests.DueDate(request.DueDate),
            (Domain.FollowUpStatus)request.Status
        );
        await store.SaveChangesAsync(context.CancellationToken);
        return MeetingMessages.ToMessage(followUp);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.FollowUp> SetFollowUpStatus(
        SetFollowUpStatusRequest request,
        ServerCallContext context
    )
    {
        var followUp = await store.FollowUpAsync(request.FollowUpId, context.CancellationToken);
        followUp.ChangeStatus((Domain.FollowUpStatus)request.Status);
        await store.SaveChangesAsync(context.CancellationToken);
        return MeetingMessages.ToMessage(followUp);
    }

    /// <summary>The arena's follow-ups the caller's audience may see, by due date, a page at a time.</summary>
    public override async Task<ListFollowUpsResponse> ListFollowUps(
        ListFollowUpsRequest request,
        ServerCallContext context
    )
    {
        var audiences = ViewerOf(context).VisibleAudiences;
        var status = MeetingRequests.Status(request);
        var followUps = await store.Db.FollowUpPageAsync(
            request.ArenaId,
            audiences,
            status,
            MeetingRequests.Page(request),
            context.CancellationToken
        );
        return new ListFollowUpsResponse
        {
            FollowUps = { followUps.Items.Select(MeetingMessages.ToMessage) },
            NextPageToken = followUps.NextPageToken,
        };
    }
}
