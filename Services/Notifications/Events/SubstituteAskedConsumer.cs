using Hfi.Contracts;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Recipients;
using MassTransit;

namespace Hfi.Notifications.Events;

/// <summary>Asks a substitute (vara) to meet for a member who reported absence; they answer through Meetings.</summary>
public sealed class SubstituteAskedConsumer(NoticeIntake intake, ArenaMembers members) : IConsumer<SubstituteAsked>
{
    public async Task Consume(ConsumeContext<SubstituteAsked> context)
    {
        var request = context.Message;
        var substitute = request.SubstituteEmail is { Length: > 0 } email
            ? new Recipient(request.SubstituteMemberId, request.SubstituteName, email, IsMunicipalRepresentative: false)
            : await members.FindAsync(request.ArenaId, request.SubstituteMemberId, request.StartsAt, context.CancellationToken);
        await intake.AcceptForAsync(context, nameof(SubstituteAskedConsumer), new NoticeDraft(
            NoticeKind.SubstituteAsked, request.MeetingId, request.ArenaId, Audiences.AllMembers, AudienceRule.WhoMaySee,
            request.StartsAt, request.AskedAt, SubstituteText.For(request)), substitute);
    }
}
