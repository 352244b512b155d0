using Hfi.Contracts;
using Hfi.Planning.Data;
using Hfi.Planning.Domain.Plans;
using Hfi.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Planning.Events;

/// <summary>
/// A planned meeting whose meeting was cancelled in Meetings is cancelled by the plan's own rule, once per event:
/// that rule tells the members (MeetingCancelled) and the calendar shows it cancelled with its SEQUENCE raised.
/// </summary>
public sealed partial class ArrangedMeetingCancelledConsumer(
    PlanningDbContext db,
    PlanStore plans,
    ILogger<ArrangedMeetingCancelledConsumer> logger
) : IConsumer<ArrangedMeetingCancelled>
{
    public Task Consume(ConsumeContext<ArrangedMeetingCancelled> context)
    {
        var cancelled = context.Message;
        if (cancelled.PlannedMeetingId is not { } plannedMeetingId)
            return Task.CompletedTask;
        return db.HandleOnceAsync(
            context,
            nameof(ArrangedMeetingCancelledConsumer),
            async cancellationToken =>
            {
                if (!await db.PlannedMeetings.AnyAsync(m => m.Id == plannedMeetingId, cancellationToken))
                {
                    LogUnknownPlannedMeeting(plannedMeetingId);
                    return;
                }
                var plan = await plans.RequireForMeetingAsync(plannedMeetingId, cancellationToken);
                var planned = plan.Meetings.Single(m => m.Id == plannedMeetingId);
                if (planned.Status is PlannedMeetingStatus.Cancelled or PlannedMeetingStatus.Held)
                {
                    LogAlreadyClosed(plannedMeetingId, planned.Status);
                    return;
                }
                // A fact from Meetings, not an edit: made against the plan's current version.
                plan.Cancel(
                    plannedMeetingId,
                    plan.Version,
                    cancelled.Reason,
                    new ChangeStamp(cancelled.CancelledAt, "meetings")
                );
                await plans.SaveAsync(plan, cancellationToken);
            }
        );
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Planned meeting {PlannedMeetingId} of a cancelled meeting is not in any plan; nothing to cancel"
    )]
    private partial void LogUnknownPlannedMeeting(Guid plannedMeetingId);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Planned meeting {PlannedMeetingId} is already {Status}; the cancellation from Meetings changes nothing"
    )]
    private partial void LogAlreadyClosed(Guid plannedMeetingId, PlannedMeetingStatus status);
}
