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

    public static void Enqueue<TEvent>(this IMessagingDbContext db, TEvent integrationEvent, TimeProvider? clock = null)
        where TEvent : class
    {
        var type = typeof(TEvent);
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageType = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(integrationEvent, type, Json),
            OccurredAt = (clock ?? TimeProvider.System).GetUtcNow(),
            TraceParent = Activity.Current?.Id,
        });
    }
}
