namespace Hfi.Notifications.Domain;

/// <summary>An integration event as this service recorded it on arrival.</summary>
public sealed class ReceivedEvent
{
    public Guid EventId { get; init; }
    public required string EventType { get; init; }
    public required string Summary { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
}
