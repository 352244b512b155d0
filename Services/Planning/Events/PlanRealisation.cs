using Hfi.Planning.Data;
using Hfi.Planning.Domain.Plans;
using Hfi.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Planning.Events;

/// <summary>Brings a planned meeting in step with the meeting in Meetings that realises it, once per event.</summary>
public sealed partial class PlanRealisation(PlanningDbContext db, PlanStore plans, ILogger<PlanRealisation> logger)
{
    public Task ApplyAsync(
        ConsumeContext context,
        string consumer,
        Guid plannedMeetingId,
        RealisedMeeting realised,
        bool held,
        DateTimeOffset at
    ) =>
        db.HandleOnceAsync(
            context,
            consumer,
            async cancellationToken =>
            {
                if (!await db.PlannedMeetings.AnyAsync(m => m.Id == plannedMeetingId, cancellationToken))
                {
                    LogUnknownPlannedMeeting(plannedMeetingId);
                    return;
                }
                var plan = await plans.RequireForMeetingAsync(plannedMeetingId, cancellationToken);
                if (plan.Realise(plannedMeetingId, realised, held, new ChangeStamp(at, "meetings")) is not null)
                    await plans.SaveAsync(plan, cancellationToken);
            }
        );

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Planned meeting {PlannedMeetingId} named by Meetings is not in any plan; nothing to update"
    )]
    private partial void LogUnknownPlannedMeeting(Guid plannedMeetingId);
}
