using Hfi.Contracts;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Wording;
using MassTransit;

namespace Hfi.Notifications.Events;

/// <summary>
/// Tells who may see the changed items that the agenda changed; the new notice follows as its own event.
/// </summary>
public sealed class AgendaChangedConsumer(NoticeIntake intake, MeetingTitles titles, TimeProvider clock)
    : IConsumer<AgendaChanged>
{
    public async Task Consume(ConsumeContext<AgendaChanged> context)
    {
        var change = context.Message;
        var title = await titles.ForAsync(change.MeetingId, change.ArenaId, context.CancellationToken);
        await intake.AcceptAsync(
            context,
            nameof(AgendaChangedConsumer),
            new NoticeDraft(
                NoticeKind.AgendaChanged,
                change.MeetingId,
                change.ArenaId,
                change.Audience,
                AudienceRule.WhoMaySee,
                clock.GetUtcNow(),
                change.ChangedAt,
                NoticeText.For(change, title)
            )
        );
    }
}
