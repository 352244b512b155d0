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
    public override async Task<PlannedMeeting> GetPlannedMeeting(GetPlannedMeetingRequest request, ServerCallContext context)
    {
        var id = MeetingId(request.PlannedMeetingId);
        var meeting = await plans.Visible(!SeesDrafts(context)).SingleOrDefaultAsync(m => m.Id == id, context.CancellationToken)
            ?? throw new NotFoundException(Reasons.PlannedMeetingNotFound, $"Planned meeting '{request.PlannedMeetingId}' does not exist.");
        return PlanMessages.ToMessage(meeting);
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
        var lines = PlanSource.Read(request.Table);
        var table = PlanTableParser.Parse(lines);
        var arenas = await db.Arenas.AsNoTracking().ToListAsync(context.CancellationToken);
        var regions = await db.Regions.AsNoTracking().ToListAsync(context.CancellationToken);
        var read = PlanImport.Read(table, request.Year, arenas, regions);

        var plan = await plans.LoadAsync(request.Year, tracked: true, context.CancellationToken);
        var versionBefore = plan?.Version ?? 0;
        if (plan is null)
        {
            plan = DomainPlan.Create(request.Year);
            if (!request.DryRun) db.Plans.Add(plan);
        }
        var created = plan.Import(read.Meetings, request.ExpectedVersion == 0 ? null : request.ExpectedVersion, Stamp(context));
        if (!request.DryRun) await plans.SaveAsync(plan, context.CancellationToken);

        return new ImportPlanResponse
        {
            Year = request.Year,
            DryRun = request.DryRun,
            Created = { created.Select(PlanMessages.ToMessage) },
            AlreadyImported = read.Meetings.Count - created.Count,
            Warnings = { read.Warnings.Select(w => new Api.ImportWarning { Row = w.Row, Code = w.Code, Message = w.Message }) },
            // A dry run changes nothing, so it answers the version an import now would be checked against.
            Version = request.DryRun ? versionBefore : plan.Version,
            Conflicts = { (await plans.ConflictsAsync(plan, context.CancellationToken)).Select(PlanMessages.ToMessage) },
        };
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
    public override async Task<PlannedMeeting> RescheduleMeeting(RescheduleMeetingRequest request, ServerCallContext context)
    {
        var id = MeetingId(request.PlannedMeetingId);
        var plan = await plans.RequireForMeetingAsync(id, context.CancellationToken);
        var edit = MeetingEdit.Read(request.DateText, request.TimeText, request.HasPlace ? request.Place : null, plan.Year);
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
    public override async Task<PlannedMeeting> MarkMeetingHeld(MarkMeetingHeldRequest request, ServerCallContext context)
    {
        var id = MeetingId(request.PlannedMeetingId);
        var plan = await plans.RequireForMeetingAsync(id, context.CancellationToken);
        var meeting = plan.MarkHeld(id, request.ExpectedVersion, Stamp(context));
        await plans.SaveAsync(plan, context.CancellationToken);
        return PlanMessages.ToMessage(meeting);
    }

    public override async Task<GetMeetingHistoryResponse> GetMeetingHistory(GetMeetingHistoryRequest request, ServerCallContext context)
    {
        var id = MeetingId(request.PlannedMeetingId);
        if (!await plans.Visible(!SeesDrafts(context)).AnyAsync(m => m.Id == id, context.CancellationToken))
            throw new NotFoundException(Reasons.PlannedMeetingNotFound, $"Planned meeting '{request.PlannedMeetingId}' does not exist.");
        var changes = await db.MeetingChanges.AsNoTracking().Where(c => c.MeetingId == id).OrderBy(c => c.ChangedAt)
            .ToListAsync(context.CancellationToken);
        return new GetMeetingHistoryResponse { Changes = { changes.Select(PlanMessages.ToMessage) } };
    }

    public override async Task<ListPlannedMeetingsResponse> ListPlannedMeetings(ListPlannedMeetingsRequest request, ServerCallContext context)
    {
        if (!string.IsNullOrWhiteSpace(request.MemberEmail) && !Caller.From(context.GetHttpContext().User).IsAuthenticated)
            throw new SignInRequiredException(Reasons.SignInToFindMembersMeetings, "Sign in to look meetings up by member.");
        var page = PageRequest.Of(request.PageSize, request.PageToken, PlanningLists.PlannedMeetingLimits,
            "planning.ListPlannedMeetings", request.FromDate, request.ToDate, request.ArenaId, request.RegionId,
            request.MemberEmail, request.Year.ToString(CultureInfo.InvariantCulture));
        // A year's plan holds a few dozen meetings; the filters keep the list short, so it is paged in memory.
        var meetings = page.PageOfLoaded(await plans.FindAsync(MeetingFilter.Of(request), !SeesDrafts(context), context.CancellationToken));
        return new ListPlannedMeetingsResponse
        {
            Meetings = { meetings.Items.Select(PlanMessages.ToMessage) },
            NextPageToken = meetings.NextPageToken,
        };
    }

    public override async Task<ListPlannedMeetingsResponse> ListUpcomingMeetings(ListUpcomingMeetingsRequest request, ServerCallContext context)
    {
        var page = PageRequest.Of(request.PageSize != 0 ? request.PageSize : Math.Max(request.Limit, 0), request.PageToken,
            PlanningLists.UpcomingLimits, "planning.ListUpcomingMeetings");
        var upcoming = await plans.UpcomingAsync(OsloTime.Day(clock.GetUtcNow()), page, !SeesDrafts(context), context.CancellationToken);
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

    /// <summary>The secretariat and the other services read draft plans; members and the public only approved ones.</summary>
    private static bool SeesDrafts(ServerCallContext context) =>
        Caller.From(context.GetHttpContext().User) is var caller && (caller.IsSecretariat || caller.Role == HfiRoles.Service);

    private ChangeStamp Stamp(ServerCallContext context) =>
        new(clock.GetUtcNow(), Caller.From(context.GetHttpContext().User).Subject ?? "unknown");

    private static Guid MeetingId(string text) => RequestIds.Parse(text, "planned_meeting_id");
}
