using Hfi.Contracts;
using Hfi.Meetings.Domain;
using Hfi.Meetings.Events;
using Hfi.ServiceDefaults.Data;
using Hfi.ServiceDefaults.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Meetings.Data;

/// <summary>
/// Loads and saves meetings with their case numbers, rules and notices; what they raised leaves through the outbox.
/// </summary>
public sealed class MeetingStore(MeetingsDbContext db)
{
    public MeetingsDbContext Db => db;

    public async Task<Meeting> LoadAsync(string? meetingId, CancellationToken cancellationToken)
    {
        var id = RequestIds.Parse(meetingId, "meeting_id");
        return await db.FullMeetings.SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw MeetingNotFound(id);
    }

    public static NotFoundException MeetingNotFound(Guid id) =>
        new(Reasons.MeetingNotFound, $"Meeting '{id}' does not exist.");

    /// <summary>
    /// The meeting with its agenda and attendance, for a read: not tracked, so nothing read is saved.
    /// </summary>
    public async Task<Meeting> LoadReadOnlyAsync(string? meetingId, CancellationToken cancellationToken)
    {
        var id = RequestIds.Parse(meetingId, "meeting_id");
        return await db.FullMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw MeetingNotFound(id);
    }

    public async Task<FollowUp> FollowUpAsync(string? followUpId, CancellationToken cancellationToken)
    {
        var id = RequestIds.Parse(followUpId, "follow_up_id");
        return await db.FollowUps.SingleOrDefaultAsync(f => f.Id == id, cancellationToken)
            ?? throw new NotFoundException(Reasons.FollowUpNotFound, $"Follow-up '{id}' does not exist.");
    }

    public async Task AddAsync(FollowUp followUp, CancellationToken cancellationToken)
    {
        db.FollowUps.Add(followUp);
        await SaveChangesAsync(cancellationToken);
    }

    /// <summary>The case numbers of an arena and year, started when the first case of the year is created.</summary>
    public async Task<CaseNumberSequence> SequenceAsync(string arenaId, int year, CancellationToken cancellationToken)
    {
        var sequence = await db.CaseNumberSequences.SingleOrDefaultAsync(
            s => s.ArenaId == arenaId && s.Year == year,
            cancellationToken
        );
        if (sequence is not null)
            return sequence;
        sequence = CaseNumberSequence.Start(arenaId, year);
        db.CaseNumberSequences.Add(sequence);
        return sequence;
    }

    /// <summary>
    /// The latest notice version each meeting's <paramref name="audience"/> received; absent when none was issued.
    /// </summary>
    public Task<Dictionary<Guid, int>> NoticeVersionsAsync(
        IReadOnlyCollection<Guid> meetingIds,
        string audience,
        CancellationToken cancellationToken
    ) =>
        db
            .IssuedNotices.AsNoTracking()
            .Where(n => meetingIds.Contains(n.MeetingId) && n.Audience == audience)
            .GroupBy(n => n.MeetingId)
            .Select(g => new { MeetingId = g.Key, Version = g.Max(n => n.Version) })
            .ToDictionaryAsync(n => n.MeetingId, n => n.Version, cancellationToken);

    /// <summary>The arena's rules to change, starting from the defaults when it has none yet.</summary>
    public async Task<ArenaRules> RulesToChangeAsync(string arenaId, CancellationToken cancellationToken)
    {
        if (await db.ArenaRules.SingleOrDefaultAsync(r => r.ArenaId == arenaId, cancellationToken) is { } rules)
            return rules;
        rules = ArenaRules.Default(arenaId);
        db.ArenaRules.Add(rules);
        return rules;
    }

    public async Task<ArenaRules> RulesAsync(string arenaId, CancellationToken cancellationToken) =>
        await db.ArenaRules.SingleOrDefaultAsync(r => r.ArenaId == arenaId, cancellationToken)
        ?? ArenaRules.Default(arenaId);

    /// <summary>
    /// The arena's meeting before one starting at <paramref name="startsAt"/>, whose minutes the new one approves.
    /// </summary>
    public Task<PreviousMeeting?> PreviousMeetingAsync(
        string arenaId,
        DateTimeOffset startsAt,
        CancellationToken cancellationToken
    ) =>
        db
            .Meetings.AsNoTracking()
            .Where(m => m.ArenaId == arenaId && m.StartsAt < startsAt)
            .OrderByDescending(m => m.StartsAt)
            .Select(m => new PreviousMeeting(m.Id, m.StartsAt))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The latest notice <paramref name="audience"/> received, as it was issued; null before the first.
    /// </summary>
    public Task<MeetingNoticeIssued?> LatestNoticeAsync(
        Guid meetingId,
        string audience,
        CancellationToken cancellationToken
    ) => IntegrationEventTranslator.LatestNoticeAsync(db, meetingId, audience, cancellationToken);

    /// <summary>
    /// Saves the meeting with the integration events its domain events become, in one transaction; a meeting changed
    /// by someone else meanwhile, or a case number taken at the same moment, is a conflict to retry rather than a lost
    /// update.
    /// </summary>
    public async Task SaveAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        if (db.Entry(meeting).State == EntityState.Detached)
            db.Meetings.Add(meeting);
        if (db.Entry(meeting).State == EntityState.Unchanged)
            db.Entry(meeting).State = EntityState.Modified;
        await SaveChangesAsync(cancellationToken);
    }

    public Task SaveChangesAsync(CancellationToken cancellationToken) =>
        db.SaveChangesOrConflictAsync(
            () =>
                new ConflictException(
                    Reasons.MeetingChanged,
                    "The meeting was changed by someone else at the same time; reload it and try again."
                ),
            cancellationToken
        );
}
