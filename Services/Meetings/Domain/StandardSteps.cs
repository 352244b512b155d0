using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Meetings.Domain;

/// <summary>The items every meeting opens and closes with, worded as in the seed notice.</summary>
internal static class StandardSteps
{
    public static readonly AgendaItemContent AnyOtherBusiness = new()
    {
        Kind = AgendaItemKind.AnyOtherBusiness,
        Title = "Eventuelt",
        DurationMinutes = 5,
    };

    public static IEnumerable<(StandardStep Step, AgendaItemContent Content)> For(PreviousMeeting? previous)
    {
        yield return (
            StandardStep.ApproveNoticeAndAgenda,
            Case("Godkjenning av innkalling og saksliste", 2, "Innkalling og saksliste godkjennes.")
        );
        yield return (
            StandardStep.ApproveProxies,
            Case("Godkjenning av fullmakter", 3, "Sekretariatet gis fullmakt til å telle antall stemmeberettigede.")
        );
        if (previous is not null)
        {
            var date = NorwegianText.NumericDate(previous.StartsAt);
            yield return (
                StandardStep.ApprovePreviousMinutes,
                Case($"Godkjenning av protokoll fra møtet {date}", 2, $"Protokoll fra møtet {date} godkjennes.")
            );
        }
    }

    private static AgendaItemContent Case(string title, int minutes, string proposal) =>
        new()
        {
            Kind = AgendaItemKind.Case,
            Title = title,
            DurationMinutes = minutes,
            CaseType = CaseType.Decision,
            ProposedResolution = proposal,
            Audience = Audiences.AllMembers,
        };
}
