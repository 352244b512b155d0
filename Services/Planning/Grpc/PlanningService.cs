using Grpc.Core;
using Hfi.Planning.Api;
using Hfi.Planning.Application;
using Hfi.Planning.Data;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Hfi.ServiceDefaults.Norwegian;
using Hfi.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainArena = Hfi.Planning.Domain.Arena;
using DomainArenaKind = Hfi.Planning.Domain.ArenaKind;
using DomainPartnerKind = Hfi.Planning.Domain.PartnerKind;

namespace Hfi.Planning.Grpc;

public sealed partial class PlanningService(
    PlanningDbContext db,
    PlanStore plans,
    ImportPlanHandler importPlan,
    TimeProvider clock
) : PlanningApi.PlanningApiBase
{
    public override async Task<ListArenasResponse> ListArenas(ListArenasRequest request, ServerCallContext context)
    {
        var page = PageRequest.Of(
            request.PageSize,
            request.PageToken,
            PlanningLists.ShortListLimits,
            "planning.ListArenas"
        );
        var arenas = await db.Arenas.AsNoTracking().ToListAsync(context.CancellationToken);
        // Kinds are stored by name: order them as the organisation does (Partnerskapsmøtet first) here.
        var ordered = page.PageOfLoaded([.. arenas.OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Ordinal)]);
        return new ListArenasResponse
        {
            Arenas = { ordered.Items.Select(ToMessage) },
            NextPageToken = ordered.NextPageToken,
        };
    }

    public override async Task<Arena> GetArena(GetArenaRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.ArenaId))
            throw new ValidationFailedException("arena_id", Reasons.ArenaIdMissing, "Give the arena's id.");

        var arena =
            await db.Arenas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == request.ArenaId, context.CancellationToken)
            ?? throw new NotFoundException(Reasons.ArenaNotFound, $"Arena '{request.ArenaId}' does not exist.");
        return ToMessage(arena);
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Arena> CreateArena(CreateArenaRequest request, ServerCallContext context)
    {
        var regionIds = await db.Regions.Select(r => r.Id).ToListAsync(context.CancellationToken);
        var arena = DomainArena.Create(
            request.Name,
            (DomainArenaKind)request.Kind,
            request.RegionId,
            regionIds,
            clock.GetUtcNow()
        );
        if (await db.Arenas.AnyAsync(a => a.Id == arena.Id, context.CancellationToken))
        {
            throw new ConflictException(
                Reasons.ArenaNameTaken,
                $"An arena named '{arena.Name}' already exists (id '{arena.Id}')."
            );
        }

        db.Arenas.Add(arena);
        await db.SaveChangesAsync(context.CancellationToken);
        return ToMessage(arena);
    }

    public override async Task<ListRegionsResponse> ListRegions(ListRegionsRequest request, ServerCallContext context)
    {
        var page = PageRequest.Of(
            request.PageSize,
            request.PageToken,
            PlanningLists.ShortListLimits,
            "planning.ListRegions"
        );
        var regions = page.PageOfLoaded(
            await db.Regions.AsNoTracking().OrderBy(r => r.Id).ToListAsync(context.CancellationToken)
        );
        return new ListRegionsResponse
        {
            Regions = { regions.Items.Select(r => new Region { RegionId = r.Id, Name = r.Name }) },
            NextPageToken = regions.NextPageToken,
        };
    }

    public override async Task<ListPartnersResponse> ListPartners(
        ListPartnersRequest request,
        ServerCallContext context
    )
    {
        var page = PageRequest.Of(
            request.PageSize,
            request.PageToken,
            PlanningLists.ShortListLimits,
            "planning.ListPartners",
            request.RegionId
        );
        var query = db.Partners.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.RegionId))
            query = query.Where(p => p.RegionId == request.RegionId);
        var partners = page.PageOfLoaded(
            await query
                .OrderBy(p => p.Kind != DomainPartnerKind.Hospital)
                .ThenBy(p => EF.Functions.Collate(p.Name, NorwegianText.Collation))
                .ThenBy(p => EF.Functions.Collate(p.Id, "C"))
                .ToListAsync(context.CancellationToken)
        );
        return new ListPartnersResponse
        {
            NextPageToken = partners.NextPageToken,
            Partners =
            {
                partners.Items.Select(p => new Partner
                {
                    PartnerId = p.Id,
                    Name = p.Name,
                    Kind = (PartnerKind)p.Kind,
                    RegionId = p.RegionId ?? string.Empty,
                }),
            },
        };
    }

    private static Arena ToMessage(DomainArena arena) =>
        new()
        {
            ArenaId = arena.Id,
            Name = arena.Name,
            Kind = (ArenaKind)arena.Kind,
            RegionId = arena.RegionId ?? string.Empty,
        };
}
