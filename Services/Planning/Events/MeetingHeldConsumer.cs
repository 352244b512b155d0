using Hfi.Contracts;
using Hfi.Planning.Domain.Plans;
using MassTransit;

namespace Hfi.Planning.Events;

/// <summary>
/// A planned meeting whose meeting was held is recorded as held, at the day, times and place it was held.
/// </summary>
public sealed class MeetingHeldConsumer(PlanRealisation realisation) : IConsumer<MeetingHeld>
{
    public Task Consume(ConsumeContext<MeetingHeld> context)
    {
        var meeting = context.Message;
        return realisation.ApplyAsync(
            context,
            nameof(MeetingHeldConsumer),
            meeting.PlannedMeetingId,
            RealisedMeeting.Of(meeting.StartsAt, meeting.EndsAt, meeting.Place),
            held: true,
            meeting.HeldAt
        );
    }
}
