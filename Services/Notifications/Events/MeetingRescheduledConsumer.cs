using Hfi.Contracts;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Wording;
using Hfi.ServiceDefaults.Domain;
using MassTransit;

namespace Hfi.Notifications.Events;

/// <summary>Tells every member of the arena that a meeting of the annual plan was moved.</summary>
public sealed class MeetingRescheduledConsumer(NoticeIntake intake, TimeProvider clock) : IConsumer<MeetingRescheduled>
{
    public Task Consume(ConsumeContext<MeetingRescheduled> context)
    {
        var change = context.Message;
        return intake.AcceptAsync(
            context,
            nameof(MeetingRescheduledConsumer),
            change.ArenaId,
            arenaId => new NoticeDraft(
                NoticeKind.MeetingRescheduled,
                change.PlannedMeetingId,
                arenaId,
                Audiences.AllMembers,
                AudienceRule.WhoMaySee,
                ScheduleText.MembersOn(change.Current, clock.GetUtcNow()),
                change.RescheduledAt,
                ScheduleText.For(change)
            )
        );
    }
}
