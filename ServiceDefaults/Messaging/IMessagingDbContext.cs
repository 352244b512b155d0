using Microsoft.EntityFrameworkCore;

namespace Hfi.ServiceDefaults.Messaging;

/// <summary>A service's DbContext that holds the shared outbox and inbox tables.</summary>
public interface IMessagingDbContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }
    DbSet<ProcessedMessage> ProcessedMessages { get; }
}
