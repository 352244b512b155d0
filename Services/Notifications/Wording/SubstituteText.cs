using Hfi.Contracts;
using Hfi.Notifications.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Notifications.Wording;

/// <summary>What a substitute (vara) is told, in Norwegian.</summary>
public static class SubstituteText
{
    public static NoticeText For(SubstituteAsked request) =>
        new(
            $"Kan du møte som vara? {request.MeetingTitle}, {NorwegianText.Date(request.StartsAt)}",
            $"""
            {request.AbsentMemberName} har meldt forfall til {request.MeetingTitle} {NorwegianText.DateAndTime(
                request.StartsAt
            )}.

            Du er spurt om å møte som vara (vara nr. {request.Rank}). Svar under «Mine møter» (lenken nedenfor) om du kan møte, så snart som mulig:
            kan du ikke, spør sekretariatet neste vara.
            """
        );

    /// <summary>The notice in force, introduced by whom the substitute stands in for.</summary>
    public static NoticeText For(SubstituteSummoned summons, Notice notice) =>
        new(
            notice.Subject,
            $"""
            Du er innkalt som vara for {summons.StandsInForName}. Innkallingen følger.

            {notice.Body}
            """
        );

    public static NoticeText For(SubstituteReleased release) =>
        new(
            $"Du trenger ikke å møte som vara: {release.MeetingTitle}, {NorwegianText.Date(release.StartsAt)}",
            $"""
        {release.AbsentMemberName} kan likevel møte på {release.MeetingTitle} {NorwegianText.DateAndTime(release.StartsAt)}, så du trenger ikke å møte som vara.

        {(release.HadAccepted
            ? "Takk for at du sa ja. Innkallingen du fikk, gjelder ikke lenger for deg."
            : "Forespørselen du fikk, er trukket tilbake, og du trenger ikke å svare på den.")}
        """
        );
}
