using Hfi.Planning.Data;
using Hfi.Planning.Domain.Plans;
using Hfi.Planning.Domain.Plans.Import;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Planning.Application;

/// <summary>
/// What an import did (or, on a dry run, would do): the meetings it added, the rows it warned about, the plan's version
/// after it and the conflicts in the plan.
/// </summary>
public sealed record PlanImported(
    IReadOnlyList<PlannedMeeting> Created,
    PlanImportResult Read,
    int Version,
    IReadOnlyList<PlanConflict> Conflicts
);

/// <summary>
/// Reads an annual-plan table against the arenas and regions Planning knows and adds its new meetings to the year's
/// plan (created on the first import); a dry run saves nothing.
/// </summary>
public sealed class ImportPlanHandler(PlanningDbContext db, PlanStore plans)
{
    public async Task<PlanImported> HandleAsync(
        int year,
        IReadOnlyList<SourceLine> lines,
        int? expectedVersion,
        bool dryRun,
        ChangeStamp stamp,
        CancellationToken cancellationToken
    )
    {
        var table = PlanTableParser.Parse(lines);
        var arenas = await db.Arenas.AsNoTracking().ToListAsync(cancellationToken);
        var regions = await db.Regions.AsNoTracking().ToListAsync(cancellationToken);
        var read = PlanImport.Read(table, year, arenas, regions);

        var plan = await plans.LoadAsync(year, tracked: true, cancellationToken);
        var versionBefore = plan?.Version ?? 0;
        if (plan is null)
        {
            plan = AnnualPlan.Create(year);
            if (!dryRun)
                db.Plans.Add(plan);
        }
        var created = plan.Import(read.Meetings, expectedVersion, stamp);
        if (!dryRun)
            await plans.SaveAsync(plan, cancellationToken);
        // A dry run changes nothing, so it answers the version an import now would be checked against.
        var version = dryRun ? versionBefore : plan.Version;
        return new(created, read, version, await plans.ConflictsAsync(plan, cancellationToken));
    }
}
