using System.ComponentModel.DataAnnotations.Schema;

namespace Hfi.ServiceDefaults.Domain;

/// <summary>
/// Something that happened in a service's domain, in its own terms. Aggregates raise them; the service's one
/// <see cref="Messaging.IIntegrationEventTranslator"/> turns them into integration events when the change is saved.
/// </summary>
public interface IDomainEvent;

/// <summary>An entity whose changes raise domain events, collected until the change is saved.</summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _domainEvents = [];

    /// <summary>What happened since the aggregate was loaded (or last saved), in order.</summary>
    [NotMapped]
    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}
