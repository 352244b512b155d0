using System.Data.Common;
using System.Runtime.CompilerServices;
using Hfi.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hfi.ServiceDefaults.Messaging;

/// <summary>
/// Wakes this process's <see cref="OutboxDispatcher{TContext}"/> once a save that added outbox messages is committed
/// (by SaveChanges' own transaction, or by the caller's, as the inbox's), so an event is published within
/// milliseconds rather than after the dispatcher's next pause.
/// </summary>
internal sealed class OutboxWakeUp<TContext>(WorkSignal<OutboxDispatcher<TContext>> signal)
    : ISaveChangesInterceptor,
        IDbTransactionInterceptor
    where TContext : DbContext, IMessagingDbContext
{
    private static readonly object Pending = new();

    // The contexts whose added outbox messages are saved but not yet committed.
    private readonly ConditionalWeakTable<DbContext, object> _uncommitted = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        Saving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData,
        int result,
        CancellationToken cancellationToken = default
    )
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Committed(eventData.Context);

    public Task TransactionCommittedAsync(
        DbTransaction transaction,
        TransactionEndEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    private void Saving(DbContext? context)
    {
        if (
            context is TContext
            && context.ChangeTracker.Entries<OutboxMessage>().Any(entry => entry.State == EntityState.Added)
        )
        {
            _uncommitted.AddOrUpdate(context, Pending);
        }
    }

    // A save without a transaction of the caller's is committed when it returns.
    private void Saved(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
            Committed(context);
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && _uncommitted.Remove(context))
            signal.Raise();
    }
}
