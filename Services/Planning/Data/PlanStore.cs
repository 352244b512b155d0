using Hfi.Planning.Domain;
using Hfi.Planning.Domain.Plans;
using Hfi.ServiceDefaults.Data;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Paging;
using Microsoft.EntityFrameworkCore;
using AnnualPlan = Hfi.Planning.Domain.Plans.AnnualPlan;
using DomainMeeting = Hfi.Planning.Domain.Plans.PlannedMeeting;

namespace Hfi.Planning.Data;

/// <summary>Meeting queries (all optional, combined).</summary>
public sealed record MeetingFilter(
    DateOnly? From,
    DateOnly? To,
    string? ArenaId,
    string? RegionId,
    string? MemberEmail,
    int? Year
)
{
    public static MeetingFilter Of(Api.ListPlannedMeetingsRequest request)
    {
        var errors = new List<FieldError>();
        DateOnly? Date(string text, string field)
        {
            if (string.IsNullOrWhiteSpace(text))
                return null;
            if (IsoDate.TryParse(text, out var date))
                return date;
            errors.Add(new(field, Reasons.DateFormat, $"Give the date as yyyy-MM-dd (got '{text}')."));
            return null;
        }

        var filter = new MeetingFilter(
            Date(request.FromDate, "from_date"),
            Date(request.ToDate, "to_date"),
            NullIfBlank(request.ArenaId),
            NullIfBlank(request.RegionId),
            NullIfBlank(request.MemberEmail),
            request.Year == 0 ? null : request.Year
        );
        if (filter.From > filter.To)
            errors.Add(new("to_date", Reasons.RangeEndsBeforeStart, "The range ends before it starts."));
        return errors.Count > 0 ? throw new ValidationFailedException(errors) : filter;
    }

    private static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Loads and saves annual plans and answers the plan queries.</summary>
public sealed class PlanStore(PlanningDbContext db)
{
    public async Task<AnnualPlan?> LoadAsync(int year, bool tracked, CancellationToken cancellationToken)
    {
        var plans = db.Plans.Include(p => p.Meetings).Include(p => p.Revisions).AsSplitQuery();
        return await (tracked ? plans : plans.AsNoTracking()).SingleOrDefaultAsync(
            p => p.Year == year,
            cancellationToken
        );
    }

    public async Task<AnnualPlan> RequireAsync(int year, CancellationToken cancellationToken) =>
        await LoadAsync(year, tracked: true, cancellationToken)
        ?? throw new NotFoundException(Reasons.PlanNotFound, $"There is no plan for {year}.");

    public async Task<AnnualPlan> RequireForMeetingAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        var year =
            await db
                .PlannedMeetings.Where(m => m.Id == meetingId)
                .Select(m => (int?)m.Year)
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(
                Reasons.PlannedMeetingNotFound,
                $"Planned meeting '{meetingId}' does not exist."
            );
        return await RequireAsync(year, cancellationToken);
    }

    /// <summary>
    /// Saves the plan (its domain events go to the outbox in the same save); a plan changed meanwhile by someone else
    /// is a conflict.
    /// </summary>
    public async Task SaveAsync(AnnualPlan plan, CancellationToken cancellationToken)
    {
        await db.SaveChangesOrConflictAsync(
            () =>
                new ConflictException(
                    Reasons.PlanChanged,
                    $"The {plan.Year} plan was changed by someone else at the same time. Reload it and make the change again."
                ),
            cancellationToken
        );
    }

    /// <summary>Meetings of the plan that call on the same people on the same day.</summary>
    public async Task<IReadOnlyList<PlanConflict>> ConflictsAsync(AnnualPlan plan, CancellationToken cancellationToken)
    {
        var arenaIds = plan.Meetings.Select(m => m.ArenaId).Distinct().ToList();
        var members = await db
            .ArenaMembers.AsNoTracking()
            .Where(m => arenaIds.Contains(m.ArenaId))
            .ToListAsync(cancellationToken);
        return PlanConflicts.Find(plan.Meetings, members);
    }

    public async Task<IReadOnlyList<DomainMeeting>> FindAsync(
        MeetingFilter filter,
        bool announcedOnly,
        CancellationToken cancellationToken
    )
    {
        var query = Visible(announcedOnly);
        if (filter.Year is { } year)
            query = query.Where(m => m.Year == year);
        if (filter.From is { } from)
            query = query.Where(m => m.Date.Last >= from);
        if (filter.To is { } to)
            query = query.Where(m => m.Date.First <= to);
        if (filter.ArenaId is { } arenaId)
            query = query.Where(m => m.ArenaId == arenaId);
        if (filter.RegionId is { } regionId)
            query = query.Where(m => m.RegionId == regionId);
        if (filter.MemberEmail is not { } email)
            return await Ordered(query).ToListAsync(cancellationToken);

        var seats = await db
            .ArenaMembers.AsNoTracking()
            .Where(m => m.Email.ToLower() == email.ToLower())
            .ToListAsync(cancellationToken);
        var seatArenas = seats.Select(s => s.ArenaId).Distinct().ToList();
        var meetings = await Ordered(query.Where(m => seatArenas.Contains(m.ArenaId!))).ToListAsync(cancellationToken);
        return meetings
            .Where(m =>
                seats.Any(s =>
                    s.ArenaId == m.ArenaId && m.Date.First is { } first && s.Term.Overlaps(new(first, m.Date.Last))
                )
            )
            .ToList();
    }

    /// <summary>
    /// Meetings not yet past: only the plans still ahead, so the list stays short however old the system grows.
    /// </summary>
    public async Task<Page<DomainMeeting>> UpcomingAsync(
        DateOnly today,
        PageRequest page,
        bool announcedOnly,
        CancellationToken cancellationToken
    ) =>
        page.PageOfLoaded(
            await Ordered(
                    Visible(announcedOnly)
                        .Where(m =>
                            m.Date.Last >= today
                            && m.Status != PlannedMeetingStatus.Cancelled
                            && m.Status != PlannedMeetingStatus.Held
                        )
                )
                .ToListAsync(cancellationToken)
        );

    public async Task<DomainMeeting> VisibleMeetingAsync(
        Guid id,
        bool announcedOnly,
        CancellationToken cancellationToken
    ) =>
        await Visible(announcedOnly).SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
        ?? throw PlannedMeetingNotFound(id);

    /// <summary>The changes of a planned meeting the caller may read, oldest first.</summary>
    public async Task<IReadOnlyList<MeetingChange>> HistoryAsync(
        Guid id,
        bool announcedOnly,
        CancellationToken cancellationToken
    )
    {
        if (!await Visible(announcedOnly).AnyAsync(m => m.Id == id, cancellationToken))
            throw PlannedMeetingNotFound(id);
        return await db
            .MeetingChanges.AsNoTracking()
            .Where(c => c.MeetingId == id)
            .OrderBy(c => c.ChangedAt)
            .ToListAsync(cancellationToken);
    }

    private static NotFoundException PlannedMeetingNotFound(Guid id) =>
        new(Reasons.PlannedMeetingNotFound, $"Planned meeting '{id}' does not exist.");

    /// <summary>
    /// The planned meetings a caller may read: only those of an approved plan, unless they may see drafts.
    /// </summary>
    public IQueryable<DomainMeeting> Visible(bool announcedOnly) =>
        announcedOnly
            ? db.PlannedMeetings.AsNoTracking().Where(m => m.AnnouncedAt != null)
            : db.PlannedMeetings.AsNoTracking();

    private static IQueryable<DomainMeeting> Ordered(IQueryable<DomainMeeting> query) =>
        query.OrderBy(m => m.Date.First).ThenBy(m => m.Time.Start).ThenBy(m => m.SourceRow);
}
