using Hfi.ServiceDefaults.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hfi.ServiceDefaults.Messaging;

/// <summary>A service's one mapping from its domain events to the integration events other services read.</summary>
public interface IIntegrationEventTranslator
{
    /// <returns>The integration event to publish, or null when the domain event is the service's own business.</returns>
    object? Translate(IDomainEvent domainEvent);
}

public static class DomainEventTranslationExtensions
{
    /// <summary>
    /// Publishes the domain events of every aggregate a save writes, translated by <typeparamref name="TTranslator"/>,
    /// through the outbox: the integration events are committed by the same SaveChanges as the change they announce.
    /// </summary>
    public static IServiceCollection AddIntegrationEventTranslator<TTranslator>(this IServiceCollection services)
        where TTranslator : class, IIntegrationEventTranslator
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IIntegrationEventTranslator, TTranslator>();
        services.AddScoped<ISaveChangesInterceptor, DomainEventOutboxInterceptor>();
        return services;
    }
}

/// <summary>
/// At save time, moves the tracked aggregates' domain events into the outbox of the same save. They are cleared
/// only once the save succeeds; a failed save takes its outbox rows back, so saving again publishes once.
/// </summary>
internal sealed class DomainEventOutboxInterceptor(IIntegrationEventTranslator translator, TimeProvider clock) : SaveChangesInterceptor
{
    private readonly List<AggregateRoot> _published = [];
    private readonly List<OutboxMessage> _enqueued = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Enqueue(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Enqueue(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Clear();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Clear();
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => TakeBack(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        TakeBack(eventData.Context);
        return Task.CompletedTask;
    }

    private void Enqueue(DbContext? context)
    {
        if (context is not IMessagingDbContext outbox) return;
        var aggregates = context.ChangeTracker.Entries<AggregateRoot>()
            .Where(entry => entry.State != EntityState.Detached && entry.Entity.DomainEvents.Count > 0)
            .Select(entry => entry.Entity)
            .ToList();
        foreach (var aggregate in aggregates)
        {
            foreach (var integrationEvent in aggregate.DomainEvents.Select(translator.Translate).OfType<object>())
                _enqueued.Add(outbox.Enqueue(integrationEvent, clock));
            _published.Add(aggregate);
        }
    }

    private void Clear()
    {
        _published.ForEach(aggregate => aggregate.ClearDomainEvents());
        _published.Clear();
        _enqueued.Clear();
    }

    private void TakeBack(DbContext? context)
    {
        if (context is not null)
            _enqueued.ForEach(message => context.Entry(message).State = EntityState.Detached);
        _published.Clear();
        _enqueued.Clear();
    }
}
