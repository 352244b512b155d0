using System.Text;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;
using Hfi.Planning.Api;
using Hfi.Planning.Domain;
using Hfi.Planning.Domain.Plans;
using Hfi.ServiceDefaults.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Planning.Grpc;

public sealed partial class PlanningService
{
    public override async Task<HttpBody> GetPlanCalendar(GetPlanCalendarRequest request, ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        var seesDrafts = SeesDrafts(context);
        if (
            !await db.Plans.AnyAsync(
                p => p.Year == request.Year && (seesDrafts || p.Status != Domain.Plans.PlanStatus.Draft),
                cancellationToken
            )
        )
        {
            throw new NotFoundException(Reasons.PlanNotFound, $"There is no plan for {request.Year}.");
        }

        var title = $"Årsplan Helsefellesskap Innlandet {request.Year}";
        var meetings = plans.Visible(!seesDrafts).Include(m => m.History).Where(m => m.Year == request.Year);
        if (!string.IsNullOrEmpty(request.ArenaId))
        {
            var arena =
                await db.Arenas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == request.ArenaId, cancellationToken)
                ?? throw new NotFoundException(Reasons.ArenaNotFound, $"Arena '{request.ArenaId}' does not exist.");
            meetings = meetings.Where(m => m.ArenaId == arena.Id);
            title += $" – {arena.Name}";
        }
        if (!string.IsNullOrEmpty(request.RegionId))
        {
            var region =
                await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.RegionId, cancellationToken)
                ?? throw new NotFoundException(
                    Reasons.RegionNotFound,
                    $"Health region '{request.RegionId}' does not exist."
                );
            var common = db.Arenas.Where(a => ArenaKinds.CommonToAllRegions.Contains(a.Kind)).Select(a => a.Id);
            meetings = meetings.Where(m =>
                m.RegionId == region.Id || (m.RegionId == null && common.Contains(m.ArenaId!))
            );
            title += $" – {region.Name}";
        }

        var ics = PlanCalendar.Write(
            title,
            await meetings.OrderBy(m => m.Date.First).ToListAsync(cancellationToken),
            clock.GetUtcNow()
        );
        return new HttpBody
        {
            ContentType = "text/calendar; charset=utf-8",
            Data = ByteString.CopyFrom(ics, Encoding.UTF8),
        };
    }
}
