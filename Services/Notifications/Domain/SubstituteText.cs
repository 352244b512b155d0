using Hfi.Contracts;

namespace Hfi.Notifications.Domain;

/// <summary>What a substitute (vara) is told, in Norwegian.</summary>
public static class SubstituteText
{
    public static NoticeText For(SubstituteAsked request) => new(
        $"Kan du møte som vara? {request.MeetingTitle}, {NorwegianText.Date(request.StartsAt)}",
        $"""
        {request.AbsentMemberName} har meldt forfall til {request.MeetingTitle} {NorwegianText.DateAndTime(request.StartsAt)}.

        Du er spurt om å møte som vara (vara nr. {request.Rank}). Svar i portalen om du kan møte, så snart som mulig:
        kan du ikke, spør sekretariatet neste vara.
        """);

    /// <summary>The notice in force, introduced by whom the substitute stands in for.</summary>
    public static NoticeText For(SubstituteSummoned summons, Notice notice) => new(
        notice.Subject,
        $"""
        Du er innkalt som vara for {summons.StandsInForName}. Innkallingen følger.

        {notice.Body}
        """);
}
