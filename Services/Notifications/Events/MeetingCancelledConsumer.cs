using Hfi.Contracts;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Wording;
using Hfi.ServiceDefaults.Domain;
using MassTransit;

namespace Hfi.Notifications.Events;

/// <summary>Tells every member of the arena that a meeting of the annual plan is cancelled.</summary>
public sealed class MeetingCancelledConsumer(NoticeIntake intake, TimeProvider clock) : IConsumer<MeetingCancelled>
{
    public Task Consume(ConsumeContext<MeetingCancelled> context)
    {
        var cancellation = context.Message;
        return intake.AcceptAsync(
            context,
            nameof(MeetingCancelledConsumer),
            cancellation.ArenaId,
            arenaId => new NoticeDraft(
                NoticeKind.MeetingCancelled,
                cancellation.PlannedMeetingId,
                arenaId,
                Audiences.AllMembers,
                AudienceRule.WhoMaySee,
                ScheduleText.MembersOn(cancellation.Schedule, clock.GetUtcNow()),
                cancellation.CancelledAt,
                ScheduleText.For(cancellation)
            )
        );
    }
}
