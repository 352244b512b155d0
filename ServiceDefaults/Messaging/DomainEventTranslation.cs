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
    /// <summary>
    /// The integration events the domain events <paramref name="aggregate"/> raised become, in order. Translation
    /// happens inside the save: it may read (the service's own tables through <paramref name="unitOfWork"/>, another
    /// service) and add rows of its own to the same save.
    /// </summary>
    Task<IReadOnlyList<object>> TranslateAsync(
        AggregateRoot aggregate,
        DbContext unitOfWork,
        CancellationToken cancellationToken
    );
}

/// <summary>A translator that maps each domain event on its own, from the event alone.</summary>
public abstract class DomainEventMap : IIntegrationEventTranslator
{
    /// <returns>
    /// The integration event to publish, or null when the domain event is the service's own business.
    /// </returns>
    public abstract object? Translate(IDomainEvent domainEvent);

    public Task<IReadOnlyList<object>> TranslateAsync(
        AggregateRoot aggregate,
        DbContext unitOfWork,
        CancellationToken cancellationToken
    ) => Task.FromResult<IReadOnlyList<object>>([.. aggregate.DomainEvents.Select(Translate).OfType<object>()]);
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
        services.AddScoped<IIntegrationEventTranslator, TTranslator>();
        services.AddScoped<ISaveChangesInterceptor, DomainEventOutboxInterceptor>();
        return services;
    }
}

/// <summary>
/// At save time, moves the tracked aggregates' domain events into the outbox of the same save. They are cleared
/// only once the save succeeds; a failed save takes back its outbox rows and whatever translation added, so saving
/// again publishes once.
/// </summary>
internal sealed class DomainEventOutboxInterceptor(IIntegrationEventTranslator translator, TimeProvider clock)
    : SaveChangesHook
{
    private readonly List<AggregateRoot> _published = [];
    private readonly List<object> _added = [];

    protected override void Saving(DbContext context)
    {
        if (context is IMessagingDbContext && Raising(context).Count > 0)
        {
            throw new InvalidOperationException(
                "Aggregates with domain events are saved with SaveChangesAsync, which translates them."
            );
        }
    }

    protected override async ValueTask SavingAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (context is not IMessagingDbContext outbox)
            return;
        foreach (var aggregate in Raising(context))
        {
            var before = AddedEntries(context);
            var integrationEvents = await translator.TranslateAsync(aggregate, context, cancellationToken);
            foreach (var integrationEvent in integrationEvents)
                outbox.Enqueue(integrationEvent, clock);
            _added.AddRange(AddedEntries(context).Where(entity => !before.Contains(entity)));
            _published.Add(aggregate);
        }
    }

    protected override void Saved(DbContext context)
    {
        _published.ForEach(aggregate => aggregate.ClearDomainEvents());
        _published.Clear();
        _added.Clear();
    }

    protected override void Failed(DbContext context)
    {
        _added.ForEach(entity => context.Entry(entity).State = EntityState.Detached);
        _published.Clear();
        _added.Clear();
    }

    private static List<AggregateRoot> Raising(DbContext context) =>
        [
            .. context
                .ChangeTracker.Entries<AggregateRoot>()
                .Where(entry => entry.State != EntityState.Detached && entry.Entity.DomainEvents.Count > 0)
                .Select(entry => entry.Entity),
        ];

    private static HashSet<object> AddedEntries(DbContext context) =>
        new(
            context
                .ChangeTracker.Entries()
                .Where(entry => entry.State == EntityState.Added)
                .Select(entry => entry.Entity),
            ReferenceEqualityComparer.Instance
        );
}
