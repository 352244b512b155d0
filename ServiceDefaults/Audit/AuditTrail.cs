using Hfi.ServiceDefaults.Data;
using Hfi.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Hfi.ServiceDefaults.Audit;

/// <summary>The audit entry of the change the current request is making (one per request scope).</summary>
public sealed class AuditTrail
{
    internal AuditEntry? Entry { get; private set; }

    /// <summary>The entry went into a save of the request's own changes.</summary>
    internal bool SavedWithChange { get; set; }

    internal void Begin(AuditEntry entry)
    {
        Entry = entry;
        SavedWithChange = false;
    }

    /// <summary>The request is done with its entry; later saves carry nothing.</summary>
    internal void End() => Entry = null;
}

/// <summary>
/// Adds the request's pending audit entry to the first save of its changes, with the ids of what that save
/// touches, so it is written in the same transaction: a change is never committed without its entry, nor an
/// entry without its change.
/// </summary>
internal sealed class AuditSaveInterceptor(AuditTrail trail) : SaveChangesHook
{
    private const int MaxChangedIds = 200;

    protected override void Saving(DbContext context) => AddPending(context);

    protected override void Failed(DbContext context) => TakeBack(context);

    private void AddPending(DbContext context)
    {
        if (context is not IAuditDbContext audited || trail.Entry is not { } entry || trail.SavedWithChange)
            return;
        entry.EntityIds = [.. entry.EntityIds.Union(ChangedIds(context), StringComparer.Ordinal).Take(MaxChangedIds)];
        audited.AuditEntries.Add(entry);
        trail.SavedWithChange = true;
    }

    /// <summary>The ids of what this save adds, changes or removes (a create's new id among them).</summary>
    private static IEnumerable<string> ChangedIds(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        return context
            .ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not (AuditEntry or OutboxMessage or ProcessedMessage) && !e.Metadata.IsOwned())
            .Select(e => e.Metadata.FindPrimaryKey() is { Properties: [var key] } ? e.Property(key.Name) : null)
            .Where(key => key is { IsTemporary: false, CurrentValue: not null })
            .Select(key => Convert.ToString(key!.CurrentValue, System.Globalization.CultureInfo.InvariantCulture)!)
            .ToList();
    }

    // The save failed: the entry waits for the next one (or is not written, when the call fails).
    private void TakeBack(DbContext context)
    {
        if (trail.Entry is not { } entry || !trail.SavedWithChange)
            return;
        context.Entry(entry).State = EntityState.Detached;
        trail.SavedWithChange = false;
    }
}
