using Grpc.Core;
using Hfi.Planning.Api;
using Hfi.Planning.Data;
using Hfi.Planning.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Hfi.ServiceDefaults.Norwegian;
using Hfi.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainMember = Hfi.Planning.Domain.Members.ArenaMember;

namespace Hfi.Planning.Grpc;

public sealed partial class PlanningService
{
    /// <summary>
    /// The members of an arena, for signed-in callers (peers forward the caller's token). Their e-mail addresses are
    /// personal data: the secretariat, the services and the arena's own members see them (a member's substitutes are
    /// asked by e-mail); anyone else gets the list without them.
    /// </summary>
    [Authorize(Policy = HfiPolicies.SignedIn)]
    public override async Task<ListArenaMembersResponse> ListArenaMembers(
        ListArenaMembersRequest request,
        ServerCallContext context
    )
    {
        var arenaId = await RequireArenaAsync(request.ArenaId, context.CancellationToken);
        var onDate = DayOrToday(request.OnDate);

        var page = PageRequest.Of(
            request.PageSize,
            request.PageToken,
            PlanningLists.MemberLimits,
            "planning.ListArenaMembers",
            arenaId,
            IsoDate.Write(onDate)
        );
        var members = await db.MemberPageAsync(arenaId, onDate, page, context.CancellationToken);
        var partnerNames = await PartnerNamesAsync(context.CancellationToken);
        var seesEmails = await SeesEmailsAsync(context, arenaId, onDate);
        return new ListArenaMembersResponse
        {
            Members =
            {
                members.Items.Select(m => ToMessage(m, partnerNames)).Select(m => seesEmails ? m : WithoutEmail(m)),
            },
            NextPageToken = members.NextPageToken,
        };
    }

    /// <summary>
    /// One seat, whatever its term (the members page preselects a vara's seat that is not in the day's list).
    /// </summary>
    [Authorize(Policy = HfiPolicies.SignedIn)]
    public override async Task<ArenaMember> GetArenaMember(GetArenaMemberRequest request, ServerCallContext context)
    {
        var member = await SeatOfArenaAsync(
            db.ArenaMembers.AsNoTracking(),
            request.ArenaId,
            request.MemberId,
            context.CancellationToken
        );
        var message = ToMessage(member, await PartnerNamesAsync(context.CancellationToken));
        var today = OsloTime.Day(clock.GetUtcNow());
        return await SeesEmailsAsync(context, member.ArenaId, today) ? message : WithoutEmail(message);
    }

    /// <summary>
    /// The other arenas' seats of the people on one page of an arena's members, matched by e-mail address: so a
    /// caller gets only what they could match themselves from the addresses they see (see the proto).
    /// </summary>
    [Authorize(Policy = HfiPolicies.SignedIn)]
    public override async Task<ListOtherSeatsResponse> ListOtherSeats(
        ListOtherSeatsRequest request,
        ServerCallContext context
    )
    {
        var arenaId = await RequireArenaAsync(request.ArenaId, context.CancellationToken);
        var onDate = DayOrToday(request.OnDate);
        if (request.MemberIds.Count > PlanningLists.MaxOtherSeatsAsked)
        {
            throw new ValidationFailedException(
                "member_ids",
                Reasons.LimitOutOfRange,
                $"Ask for at most {PlanningLists.MaxOtherSeatsAsked} seats at a time (got {request.MemberIds.Count})."
            );
        }
        var ids = request
            .MemberIds.Select(text =>
                Guid.TryParse(text, out var id)
                    ? id
                    : throw new ValidationFailedException(
                        "member_ids",
                        Reasons.InvalidId,
                        $"'{text}' is not a member id."
                    )
            )
            .ToList();

        var seen = await ArenasWithEmailsSeenAsync(context, onDate);
        if (ids.Count == 0 || (seen is not null && !seen.Contains(arenaId)))
            return new ListOtherSeatsResponse();
        var others = await db.OtherSeatsAsync(arenaId, ids, onDate, seen, context.CancellationToken);
        return new ListOtherSeatsResponse
        {
            Seats =
            {
                others.Select(o => new OtherSeat
                {
                    MemberId = o.MemberId.ToString(),
                    ArenaId = o.ArenaId,
                    OtherMemberId = o.OtherMemberId.ToString(),
                    Role = (MemberRole)o.Role,
                }),
            },
        };
    }

    private DateOnly DayOrToday(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return OsloTime.Day(clock.GetUtcNow());
        return IsoDate.TryParse(text, out var day)
            ? day
            : throw new ValidationFailedException(
                "on_date",
                Reasons.DateFormat,
                $"Give the date as yyyy-MM-dd (got '{text}')."
            );
    }

    /// <summary>
    /// Whether the caller sees the e-mail addresses of the arena's members on the day: the secretariat, the services
    /// and whoever sits in it then (by member id or e-mail), whatever page they read.
    /// </summary>
    private async Task<bool> SeesEmailsAsync(ServerCallContext context, string arenaId, DateOnly onDate) =>
        await ArenasWithEmailsSeenAsync(context, onDate) is not { } seen || seen.Contains(arenaId);

    /// <summary>
    /// The arenas whose members' e-mail addresses the caller sees on the day: null for all (the secretariat and the
    /// services), else those they sit in then.
    /// </summary>
    private async Task<HashSet<string>?> ArenasWithEmailsSeenAsync(ServerCallContext context, DateOnly onDate)
    {
        var caller = Caller.From(context.GetHttpContext().User);
        if (caller.IsSecretariat || caller.Role == HfiRoles.Service)
            return null;
        var email = string.IsNullOrWhiteSpace(caller.Email) ? null : caller.Email.ToLowerInvariant();
        var subject = Guid.TryParse(caller.Subject, out var id) ? id : (Guid?)null;
        if (email is null && subject is null)
            return [];
        var arenaIds = await db
            .ArenaMembers.AsNoTracking()
            .SeatedOn(onDate)
            .Where(m => m.Id == subject || (email != null && m.Email.ToLower() == email))
            .Select(m => m.ArenaId)
            .Distinct()
            .ToListAsync(context.CancellationToken);
        return [.. arenaIds];
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<ArenaMember> AddArenaMember(AddArenaMemberRequest request, ServerCallContext context)
    {
        var arenaId = await RequireArenaAsync(request.ArenaId, context.CancellationToken);
        var partners = await db.Partners.AsNoTracking().ToListAsync(context.CancellationToken);
        var arenaMembers = await db
            .ArenaMembers.AsNoTracking()
            .Where(m => m.ArenaId == arenaId)
            .ToListAsync(context.CancellationToken);

        var member = DomainMember.Create(
            Guid.CreateVersion7(),
            arenaId,
            request.ToNewArenaMember(),
            partners,
            arenaMembers
        );

        db.ArenaMembers.Add(member);
        await db.SaveChangesAsync(context.CancellationToken);
        return ToMessage(member, partners.ToDictionary(p => p.Id, p => p.Name));
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<ArenaMember> UpdateArenaMember(
        UpdateArenaMemberRequest request,
        ServerCallContext context
    )
    {
        var (existing, arenaMembers) = await MemberOfArenaAsync(
            request.ArenaId,
            request.MemberId,
            context.CancellationToken
        );
        var partners = await db.Partners.AsNoTracking().ToListAsync(context.CancellationToken);
        var corrected = existing.Corrected(request.ToNewArenaMember(), partners, arenaMembers);

        db.Entry(existing).CurrentValues.SetValues(corrected);
        await db.SaveChangesAsync(context.CancellationToken);
        return ToMessage(corrected, partners.ToDictionary(p => p.Id, p => p.Name));
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<ArenaMember> EndArenaMemberTerm(
        EndArenaMemberTermRequest request,
        ServerCallContext context
    )
    {
        var (existing, arenaMembers) = await MemberOfArenaAsync(
            request.ArenaId,
            request.MemberId,
            context.CancellationToken
        );
        var ended = existing.EndedOn(request.TermTo);
        db.Entry(existing).CurrentValues.SetValues(ended);
        var leaving = arenaMembers.Select(m => m.LeavingWith(ended)).OfType<DomainMember>().ToDictionary(m => m.Id);
        var leavingIds = leaving.Keys.ToList();
        foreach (
            var substitute in await db
                .ArenaMembers.Where(m => leavingIds.Contains(m.Id))
                .ToListAsync(context.CancellationToken)
        )
        {
            db.Entry(substitute).CurrentValues.SetValues(leaving[substitute.Id]);
        }

        await db.SaveChangesAsync(context.CancellationToken);
        return ToMessage(ended, await PartnerNamesAsync(context.CancellationToken));
    }

    /// <summary>The member to change (tracked) and all members of its arena (read only).</summary>
    private async Task<(DomainMember Member, List<DomainMember> ArenaMembers)> MemberOfArenaAsync(
        string arenaId,
        string memberId,
        CancellationToken cancellationToken
    )
    {
        var member = await SeatOfArenaAsync(db.ArenaMembers, arenaId, memberId, cancellationToken);
        var arenaMembers = await db
            .ArenaMembers.AsNoTracking()
            .Where(m => m.ArenaId == member.ArenaId)
            .ToListAsync(cancellationToken);
        return (member, arenaMembers);
    }

    /// <summary>A seat of an existing arena, by its id, whatever its term; from <paramref name="seats"/>.</summary>
    private async Task<DomainMember> SeatOfArenaAsync(
        IQueryable<DomainMember> seats,
        string arenaId,
        string memberId,
        CancellationToken cancellationToken
    )
    {
        arenaId = await RequireArenaAsync(arenaId, cancellationToken);
        var id = Guid.TryParse(memberId, out var parsed) ? parsed : Guid.Empty;
        return await seats.SingleOrDefaultAsync(m => m.ArenaId == arenaId && m.Id == id, cancellationToken)
            ?? throw new NotFoundException(
                Reasons.MemberNotInArena,
                $"Member '{memberId}' does not sit in arena '{arenaId}'."
            );
    }

    private async Task<string> RequireArenaAsync(string arenaId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(arenaId))
            throw new ValidationFailedException("arena_id", Reasons.ArenaIdMissing, "Give the arena's id.");
        return await db.Arenas.AnyAsync(a => a.Id == arenaId, cancellationToken)
            ? arenaId
            : throw new NotFoundException(Reasons.ArenaNotFound, $"Arena '{arenaId}' does not exist.");
    }

    private Task<Dictionary<string, string>> PartnerNamesAsync(CancellationToken cancellationToken) =>
        db.Partners.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);

    private static ArenaMember WithoutEmail(ArenaMember member)
    {
        member.Email = string.Empty;
        return member;
    }

    private static ArenaMember ToMessage(DomainMember member, IReadOnlyDictionary<string, string> partnerNames) =>
        new()
        {
            MemberId = member.Id.ToString(),
            ArenaId = member.ArenaId,
            PersonName = member.PersonName,
            Email = member.Email,
            PartnerId = member.PartnerId ?? string.Empty,
            PartnerName =
                member.PartnerId is { } id && partnerNames.TryGetValue(id, out var name) ? name : string.Empty,
            Kind = (MemberKind)member.Kind,
            Role = (MemberRole)member.Role,
            HasVotingRight = member.HasVotingRight,
            TermFrom = IsoDate.Write(member.TermFrom),
            TermTo = IsoDate.Write(member.TermTo),
            SubstituteForMemberId = member.SubstituteForMemberId?.ToString() ?? string.Empty,
            SubstituteRank = member.SubstituteRank ?? 0,
        };
}
