using Hfi.Contracts;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Wording;
using Hfi.ServiceDefaults.Domain;
using MassTransit;

namespace Hfi.Notifications.Events;

/// <summary>Asks a substitute (vara) to meet for a member who reported absence; they answer through Meetings.</summary>
public sealed class SubstituteAskedConsumer(NoticeIntake intake) : IConsumer<SubstituteAsked>
{
    public Task Consume(ConsumeContext<SubstituteAsked> context)
    {
        var request = context.Message;
        var draft = new NoticeDraft(
            NoticeKind.SubstituteAsked,
            request.MeetingId,
            request.ArenaId,
            Audiences.AllMembers,
            AudienceRule.WhoMaySee,
            request.StartsAt,
            request.AskedAt,
            SubstituteText.For(request)
        );
        return intake.AcceptForAsync(
            context,
            nameof(SubstituteAskedConsumer),
            draft,
            new Recipient(
                request.SubstituteMemberId,
                request.SubstituteName,
                request.SubstituteEmail ?? string.Empty,
                IsMunicipalRepresentative: false
            )
        );
    }
}
