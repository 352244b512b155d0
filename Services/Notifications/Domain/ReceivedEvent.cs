namespace Hfi.Notifications.Domain;

/// <summary>An integration event as this service recorded it on arrival.</summary>
public sealed class ReceivedEvent
{
    public Guid EventId { get; init; }
    public required string EventType { get; init; }
    public required string Summary { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>
    /// The distributed trace the event arrived in: operators follow it back to the request that caused it.
    /// </summary>
    public string? TraceId { get; init; }
}
