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
        var followUp = Domain.FollowUp.Create(meeting, ParseItemId(request.ItemId), request.Description, request.Owner, ParseDate(request.DueDate));
        store.Db.FollowUps.Add(followUp);
        await store.SaveChangesAsync(context.CancellationToken);
        return MeetingMessages.ToMessage(followUp);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.FollowUp> UpdateFollowUp(UpdateFollowUpRequest request, ServerCallContext context)
    {
        var followUp = await FollowUpAsync(request.FollowUpId, context.CancellationToken);
        followUp.Update(request.Description, request.Owner, ParseDate(request.DueDate), (Domain.FollowUpStatus)request.Status);
        await store.SaveChangesAsync(context.CancellationToken);
        return MeetingMessages.ToMessage(followUp);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Api.FollowUp> SetFollowUpStatus(SetFollowUpStatusRequest request, ServerCallContext context)
    {
        var followUp = await FollowUpAsync(request.FollowUpId, context.CancellationToken);
        followUp.ChangeStatus((Domain.FollowUpStatus)request.Status);
        await store.SaveChangesAsync(context.CancellationToken);
        return MeetingMessages.ToMessage(followUp);
    }

    private async Task<Domain.FollowUp> FollowUpAsync(string followUpId, CancellationToken cancellationToken)
    {
        var id = RequestIds.Parse(followUpId, "follow_up_id");
        return await store.Db.FollowUps.SingleOrDefaultAsync(f => f.Id == id, cancellationToken)
            ?? throw new NotFoundException(Reasons.FollowUpNotFound, $"Follow-up '{id}' does not exist.");
    }

    /// <summary>The arena's follow-ups the caller's audience may see, by due date, a page at a time.</summary>
    public override async Task<ListFollowUpsResponse> ListFollowUps(ListFollowUpsRequest request, ServerCallContext context)
    {
        var audiences = ViewerOf(context).VisibleAudiences;
        // Converted before the query: EF would otherwise send the proto enum's number where the column holds its name.
        Domain.FollowUpStatus? status = request.Status == Api.FollowUpStatus.Unspecified ? null : (Domain.FollowUpStatus)request.Status;
        var page = PageRequest.Of(request.PageSize, request.PageToken, MeetingLists.FollowUpLimits, "meetings.ListFollowUps",
            request.ArenaId, request.Status.ToString());
        var followUps = await store.Db.FollowUpPageAsync(request.ArenaId, audiences, status, page, context.CancellationToken);
        return new ListFollowUpsResponse
        {
            FollowUps = { followUps.Items.Select(MeetingMessages.ToMessage) },
            NextPageToken = followUps.NextPageToken,
        };
    }

    private static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ValidationFailedException("due_date", Reasons.DateFormat, $"Give the date as yyyy-MM-dd (got '{text}').");
    }
}
