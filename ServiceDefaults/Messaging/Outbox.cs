using System.Diagnostics;
using System.Text.Json;

namespace Hfi.ServiceDefaults.Messaging;

/// <summary>
/// Adds integration events to the service's DbContext; they are committed with the state change by the
/// same SaveChanges and published afterwards by the <see cref="OutboxDispatcher{TContext}"/>.
/// </summary>
public static class Outbox
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Adds the event under its runtime type (a sealed contract record), so it is published as that type.
    /// </summary>
    public static OutboxMessage Enqueue(
        this IMessagingDbContext db,
        object integrationEvent,
        TimeProvider? clock = null
    )
    {
        var type = integrationEvent.GetType();
        var message = new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageType = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(integrationEvent, type, Json),
            OccurredAt = (clock ?? TimeProvider.System).GetUtcNow(),
            TraceParent = Activity.Current?.Id,
        };
        db.OutboxMessages.Add(message);
        return message;
    }
}
