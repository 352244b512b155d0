using System.Globalization;
using Grpc.Core;
using Hfi.Planning.Api;
using Hfi.Planning.Data;
using Hfi.Planning.Domain;
using Hfi.Planning.Domain.Plans;
using Hfi.Planning.Domain.Plans.Import;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Grpc;
using Hfi.ServiceDefaults.Identity;
using Hfi.ServiceDefaults.Norwegian;
using Hfi.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainPlan = Hfi.Planning.Domain.Plans.AnnualPlan;
using PlannedMeeting = Hfi.Planning.Api.PlannedMeeting;

namespace Hfi.Planning.Grpc;

public sealed partial class PlanningService
{
    public override async Task<PlannedMeeting> GetPlannedMeeting(
        GetPlannedMeetingRequest request,
        ServerCallContext context
    )
    {
        var id = MeetingId(request.PlannedMeetingId);
        return PlanMessages.ToMessage(
            await plans.VisibleMeetingAsync(id, !SeesDrafts(context), context.CancellationToken)
        );
    }

    public override async Task<Plan> GetPlan(GetPlanRequest request, ServerCallContext context)
    {
        var plan = await plans.LoadAsync(request.Year, tracked: false, context.CancellationToken);
        var seesDrafts = SeesDrafts(context);
        // A draft is the secretariat's until it is approved: to others it does not exist yet.
        if (plan is null || (!plan.IsApproved && !seesDrafts))
            throw new NotFoundException(Reasons.PlanNotFound, $"There is no plan for {request.Year}.");
        var message = await PlanMessageAsync(plan, context.CancellationToken);
        // Everyone who may read a plan reads the same; the tag still tells the secretariat's from the others'.
        var etag = EntityTags.Of(seesDrafts ? "drafts" : "approved", message);
        return EntityTags.NotModified(context, etag) ? new Plan() : message;
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<ImportPlanResponse> ImportPlan(ImportPlanRequest request, ServerCallContext context)
    {
        var expectedVersion = request.ExpectedVersion == 0 ? (int?)null : request.ExpectedVersion;
        var imported = await importPlan.HandleAsync(
            request.Year,
            PlanSource.Read(request.Table),
            expectedVersion,
            request.DryRun,
            Stamp(context),
            context.CancellationToken
        );
        return PlanMessages.ToMessage(imported, request.Year, request.DryRun);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Plan> ApprovePlan(ApprovePlanRequest request, ServerCallContext context)
    {
        var plan = await plans.RequireAsync(request.Year, context.CancellationToken);
        plan.Approve(request.ApprovalCase, request.ExpectedVersion, Stamp(context));
        await plans.SaveAsync(plan, context.CancellationToken);
        return await PlanMessageAsync(plan, context.CancellationToken);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<PlannedMeeting> RescheduleMeeting(
        RescheduleMeetingRequest request,
        ServerCallContext context
    )
    {
        var id = MeetingId(request.PlannedMeetingId);
        var plan = await plans.RequireForMeetingAsync(id, context.CancellationToken);
        var edit = MeetingEdit.Read(
            request.DateText,
            request.TimeText,
            request.HasPlace ? request.Place : null,
            plan.Year
        );
        var meeting = plan.Reschedule(id, request.ExpectedVersion, edit, request.Reason, Stamp(context));
        await plans.SaveAsync(plan, context.CancellationToken);
        return PlanMessages.ToMessage(meeting);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<PlannedMeeting> CancelMeeting(CancelMeetingRequest request, ServerCallContext context)
    {
        var id = MeetingId(request.PlannedMeetingId);
        var plan = await plans.RequireForMeetingAsync(id, context.CancellationToken);
        var meeting = plan.Cancel(id, request.ExpectedVersion, request.Reason, Stamp(context));
        await plans.SaveAsync(plan, context.CancellationToken);
        return PlanMessages.ToMessage(meeting);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<PlannedMeeting> MarkMeetingHeld(
        MarkMeetingHeldRequest request,
        ServerCallContext context
    )
    {
        var id = MeetingId(request.PlannedMeetingId);
        var plan = await plans.RequireForMeetingAsync(id, context.CancellationToken);
        var meeting = plan.MarkHeld(id, request.ExpectedVersion, Stamp(context));
        await plans.SaveAsync(plan, context.CancellationToken);
        return PlanMessages.ToMessage(meeting);
    }

    public override async Task<GetMeetingHistoryResponse> GetMeetingHistory(
        GetMeetingHistoryRequest request,
        ServerCallContext context
    )
    {
        var id = MeetingId(request.PlannedMeetingId);
        var changes = await plans.HistoryAsync(id, !SeesDrafts(context), context.CancellationToken);
        return new GetMeetingHistoryResponse { Changes = { changes.Select(PlanMessages.ToMessage) } };
    }

    public override async Task<ListPlannedMeetingsResponse> ListPlannedMeetings(
        ListPlannedMeetingsRequest request,
        ServerCallContext context
    )
    {
        if (
            !string.IsNullOrWhiteSpace(request.MemberEmail)
            && !Caller.From(context.GetHttpContext().User).IsAuthenticated
        )
        {
            throw new SignInRequiredException(
                Reasons.SignInToFindMembersMeetings,
                "Sign in to look meetings up by member."
            );
        }

        var page = PageRequest.Of(
            request.PageSize,
            request.PageToken,
            PlanningLists.PlannedMeetingLimits,
            "planning.ListPlannedMeetings",
            request.FromDate,
            request.ToDate,
            request.ArenaId,
            request.RegionId,
            request.MemberEmail,
            request.Year.ToString(CultureInfo.InvariantCulture)
        );
        // A year's plan holds a few dozen meetings; the filters keep the list short, so it is paged in memory.
        var meetings = page.PageOfLoaded(
            await plans.FindAsync(MeetingFilter.Of(request), !SeesDrafts(context), context.CancellationToken)
        );
        return new ListPlannedMeetingsResponse
        {
            Meetings = { meetings.Items.Select(PlanMessages.ToMessage) },
            NextPageToken = meetings.NextPageToken,
        };
    }

    public override async Task<ListPlannedMeetingsResponse> ListUpcomingMeetings(
        ListUpcomingMeetingsRequest request,
        ServerCallContext context
    )
    {
        var page = PageRequest.Of(
            request.PageSize != 0 ? request.PageSize : Math.Max(request.Limit, 0),
            request.PageToken,
            PlanningLists.UpcomingLimits,
            "planning.ListUpcomingMeetings"
        );
        var upcoming = await plans.UpcomingAsync(
            OsloTime.Day(clock.GetUtcNow()),
            page,
            !SeesDrafts(context),
            context.CancellationToken
        );
        return new ListPlannedMeetingsResponse
        {
            Meetings = { upcoming.Items.Select(PlanMessages.ToMessage) },
            NextPageToken = upcoming.NextPageToken,
        };
    }

    private async Task<Plan> PlanMessageAsync(DomainPlan plan, CancellationToken cancellationToken)
    {
        var arenas = await db.Arenas.AsNoTracking().ToListAsync(cancellationToken);
        return PlanMessages.ToMessage(plan, arenas, await plans.ConflictsAsync(plan, cancellationToken));
    }

    /// <summary>
    /// The secretariat and the other services read draft plans; members and the public only approved ones.
    /// </summary>
    private static bool SeesDrafts(ServerCallContext context) =>
        Caller.From(context.GetHttpContext().User) is var caller
        && (caller.IsSecretariat || caller.Role == HfiRoles.Service);

    private ChangeStamp Stamp(ServerCallContext context) =>
        new(clock.GetUtcNow(), Caller.From(context.GetHttpContext().User).Subject ?? "unknown");

    private static Guid MeetingId(string text) => RequestIds.Parse(text, "planned_meeting_id");
}
