using Grpc.Core;
using Hfi.Planning.Api;
using Hfi.ServiceDefaults.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Planning.Grpc;

public sealed partial class PlanningService
{
    public override async Task<PlannedMeeting> GetPlannedMeeting(GetPlannedMeetingRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.PlannedMeetingId, out var id))
            throw new ValidationFailedException("planned_meeting_id", $"'{request.PlannedMeetingId}' is not a planned meeting id.");
        var meeting = await db.PlannedMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, context.CancellationToken)
            ?? throw new NotFoundException($"Planned meeting '{request.PlannedMeetingId}' does not exist.");
        return PlanMessages.ToMessage(meeting);
    }
}
