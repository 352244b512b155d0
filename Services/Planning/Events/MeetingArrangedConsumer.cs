using Hfi.Contracts;
using Hfi.Planning.Domain.Plans;
using MassTransit;

namespace Hfi.Planning.Events;

/// <summary>The plan takes the day, times and place of the meeting that realises a planned meeting.</summary>
public sealed class MeetingArrangedConsumer(PlanRealisation realisation) : IConsumer<MeetingArranged>
{
    public Task Consume(ConsumeContext<MeetingArranged> context)
    {
        var meeting = context.Message;
        return realisation.ApplyAsync(
            context,
            nameof(MeetingArrangedConsumer),
            meeting.PlannedMeetingId,
            RealisedMeeting.Of(meeting.StartsAt, meeting.EndsAt, meeting.Place),
            held: false,
            meeting.ArrangedAt
        );
    }
}
