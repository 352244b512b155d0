using System.Diagnostics;
using Hfi.Contracts;
using Hfi.Notifications.Data;
using Hfi.Notifications.Domain;
using Hfi.ServiceDefaults.Messaging;
using MassTransit;

namespace Hfi.Notifications.Events;

public sealed class ArenaCreatedConsumer(NotificationsDbContext db, TimeProvider clock) : IConsumer<ArenaCreated>
{
    public Task Consume(ConsumeContext<ArenaCreated> context) =>
        db.HandleOnceAsync(
            context,
            nameof(ArenaCreatedConsumer),
            _ =>
            {
                db.ReceivedEvents.Add(
                    new ReceivedEvent
                    {
                        EventId = context.MessageId!.Value,
                        EventType = nameof(ArenaCreated),
                        Summary = $"Arena '{context.Message.Name}' ({context.Message.ArenaId}) was created.",
                        ReceivedAt = clock.GetUtcNow(),
                        TraceId = Activity.Current?.TraceId.ToString(),
                    }
                );
                return Task.CompletedTask;
            }
        );
}
