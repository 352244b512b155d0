using Hfi.ServiceDefaults.Data;
using Hfi.ServiceDefaults.Domain;
using Microsoft.EntityFrameworkCore;
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
internal sealed class DomainEventOutboxInterceptor(IIntegrationEventTranslator translator, TimeProvider clock) : SaveChangesHook
{
    private readonly List<AggregateRoot> _published = [];
    private readonly List<OutboxMessage> _enqueued = [];

    protected override void Saving(DbContext context)
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

    protected override void Saved(DbContext context)
    {
        _published.ForEach(aggregate => aggregate.ClearDomainEvents());
        _published.Clear();
        _enqueued.Clear();
    }

    protected override void Failed(DbContext context)
    {
        _enqueued.ForEach(message => context.Entry(message).State = EntityState.Detached);
        _published.Clear();
        _enqueued.Clear();
    }
}
