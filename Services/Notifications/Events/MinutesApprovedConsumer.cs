using Hfi.Contracts;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Wording;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;
using MassTransit;

namespace Hfi.Notifications.Events;

/// <summary>
/// The approved minutes (protokoll), one version per member like the notice, with the PDF when it comes.
/// </summary>
public sealed class MinutesApprovedConsumer(NoticeIntake intake) : IConsumer<MinutesApproved>
{
    public Task Consume(ConsumeContext<MinutesApproved> context)
    {
        var minutes = context.Message;
        return intake.AcceptAsync(
            context,
            nameof(MinutesApprovedConsumer),
            new NoticeDraft(
                NoticeKind.MinutesApproved,
                minutes.MeetingId,
                minutes.ArenaId,
                minutes.Audience,
                AudienceRule.OneVersionPerMember,
                minutes.StartsAt,
                minutes.ApprovedAt,
                NoticeText.For(minutes)
            )
            {
                MeetingTitle = $"{minutes.Title}, {NorwegianText.Date(minutes.StartsAt)}",
                AwaitsDocumentKind = DocumentKinds.Minutes,
            }
        );
    }
}
