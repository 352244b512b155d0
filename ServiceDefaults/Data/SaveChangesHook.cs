using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hfi.ServiceDefaults.Data;

/// <summary>
/// Something that adds rows to a save (an audit entry, outbox messages) and must take them back when the save
/// fails: one hook for the synchronous and asynchronous SaveChanges alike.
/// </summary>
public abstract class SaveChangesHook : SaveChangesInterceptor
{
    /// <summary>Before the save: add what belongs to it.</summary>
    protected abstract void Saving(DbContext context);

    /// <summary>
    /// Before an asynchronous save; a hook that must read or call out to add its rows overrides this.
    /// </summary>
    protected virtual ValueTask SavingAsync(DbContext context, CancellationToken cancellationToken)
    {
        Saving(context);
        return ValueTask.CompletedTask;
    }

    /// <summary>The save was committed.</summary>
    protected virtual void Saved(DbContext context) { }

    /// <summary>
    /// The save failed: take back what <see cref="Saving"/> added, so that saving again adds it once.
    /// </summary>
    protected abstract void Failed(DbContext context);

    public sealed override InterceptionResult<int> SavingChanges(
        DbContextEventData eventData,
        InterceptionResult<int> result
    )
    {
        if (eventData.Context is { } context)
            Saving(context);
        return result;
    }

    public sealed override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        if (eventData.Context is { } context)
            await SavingAsync(context, cancellationToken);
        return result;
    }

    public sealed override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context)
            Saved(context);
        return result;
    }

    public sealed override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData,
        int result,
        CancellationToken cancellationToken = default
    )
    {
        if (eventData.Context is { } context)
            Saved(context);
        return ValueTask.FromResult(result);
    }

    public sealed override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context)
            Failed(context);
    }

    public sealed override Task SaveChangesFailedAsync(
        DbContextErrorEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        if (eventData.Context is { } context)
            Failed(context);
        return Task.CompletedTask;
    }
}
