using Hfi.Contracts;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Wording;
using Hfi.ServiceDefaults.Domain;
using MassTransit;

namespace Hfi.Notifications.Events;

/// <summary>Tells a substitute (vara) they are no longer needed, so nobody comes to a seat that is taken.</summary>
public sealed class SubstituteReleasedConsumer(NoticeIntake intake) : IConsumer<SubstituteReleased>
{
    public Task Consume(ConsumeContext<SubstituteReleased> context)
    {
        var release = context.Message;
        var draft = new NoticeDraft(
            NoticeKind.SubstituteReleased,
            release.MeetingId,
            release.ArenaId,
            Audiences.AllMembers,
            AudienceRule.WhoMaySee,
            release.StartsAt,
            release.ReleasedAt,
            SubstituteText.For(release)
        );
        return intake.AcceptForAsync(
            context,
            nameof(SubstituteReleasedConsumer),
            draft,
            new Recipient(
                release.SubstituteMemberId,
                release.SubstituteName,
                release.SubstituteEmail ?? string.Empty,
                IsMunicipalRepresentative: false
            )
        );
    }
}
