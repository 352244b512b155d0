using Hfi.Planning.Domain;
using Hfi.Planning.Domain.Plans;
using Hfi.Planning.Domain.Plans.Import;
using Hfi.Planning.Events;

namespace Hfi.Planning.Tests.Domain.Plans;

internal static class PlanFixtures
{
    public static readonly ChangeStamp Stamp = new(
        new DateTimeOffset(2025, 1, 10, 12, 0, 0, TimeSpan.Zero),
        "sekretariat-1"
    );

    /// <summary>Meetings read from tab-separated rows under the standard header, for the 2025 plan.</summary>
    public static IReadOnlyList<PlannedMeeting> Read(params string[] rows) =>
        PlanImport
            .Read(
                PlanTableParser.Parse(
                    SourceLine.FromPastedText(
                        string.Join(
                            '\n',
                            ["Samhandlingsarenaer\tHelseregioner\tDag\tDato\tKlokkeslett\tSted\tSaker", .. rows]
                        )
                    )
                ),
                2025,
                Organisation.StandingArenas,
                Organisation.Regions
            )
            .Meetings;

    /// <summary>The integration events the plan's changes so far would publish when saved.</summary>
    public static IReadOnlyList<object> Published(AnnualPlan plan) =>
        [.. plan.DomainEvents.Select(new PlanningIntegrationEvents().Translate).OfType<object>()];
}
