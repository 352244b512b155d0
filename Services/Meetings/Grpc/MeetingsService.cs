using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Hfi.Meetings.Api;
using Hfi.Meetings.Data;
using Hfi.Planning.Api;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainMeeting = Hfi.Meetings.Domain.Meeting;

namespace Hfi.Meetings.Grpc;

public sealed class MeetingsService(MeetingsDbContext db, PlanningApi.PlanningApiClient planning) : MeetingsApi.MeetingsApiBase
{
    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Meeting> CreateMeeting(CreateMeetingRequest request, ServerCallContext context)
    {
        var details = new Hfi.Meetings.Domain.MeetingDetails
        {
            ArenaId = request.ArenaId, Title = request.Title, StartsAt = request.StartsAt?.ToDateTimeOffset(),
            EndsAt = request.EndsAt?.ToDateTimeOffset(), Place = request.Place,
        }.Validated();
        var meeting = DomainMeeting.Create(details, Hfi.Meetings.Domain.CaseNumberSequence.Start(details.ArenaId!, details.Year), null);
        await EnsureArenaExistsAsync(meeting.ArenaId, context.CancellationToken);

        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(context.CancellationToken);
        return ToMessage(meeting);
    }

    public override async Task<Meeting> GetMeeting(GetMeetingRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.MeetingId, out var id))
            throw new ValidationFailedException("meeting_id", $"'{request.MeetingId}' is not a meeting id.");

        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, context.CancellationToken)
            ?? throw new NotFoundException($"Meeting '{id}' does not exist.");
        return ToMessage(meeting);
    }

    public override async Task<ListMeetingsResponse> ListMeetings(ListMeetingsRequest request, ServerCallContext context)
    {
        var query = db.Meetings.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.ArenaId)) query = query.Where(m => m.ArenaId == request.ArenaId);
        var meetings = await query.OrderBy(m => m.StartsAt).ToListAsync(context.CancellationToken);
        return new ListMeetingsResponse { Meetings = { meetings.Select(ToMessage) } };
    }

    private async Task EnsureArenaExistsAsync(string arenaId, CancellationToken cancellationToken)
    {
        try
        {
            await planning.GetArenaAsync(new GetArenaRequest { ArenaId = arenaId }, cancellationToken: cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            throw new ValidationFailedException("arena_id", $"Arena '{arenaId}' does not exist in Planning.");
        }
    }

    private static Meeting ToMessage(DomainMeeting meeting) => new()
    {
        MeetingId = meeting.Id.ToString(),
        ArenaId = meeting.ArenaId,
        Title = meeting.Title,
        StartsAt = Timestamp.FromDateTimeOffset(meeting.StartsAt),
        EndsAt = Timestamp.FromDateTimeOffset(meeting.EndsAt),
        Place = meeting.Place ?? string.Empty,
        Status = (Api.MeetingStatus)meeting.Status,
    };
}
