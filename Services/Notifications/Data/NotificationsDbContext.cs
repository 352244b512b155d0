using Hfi.Notifications.Domain;
using Hfi.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Notifications.Data;

public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options), IMessagingDbContext
{
    public DbSet<ReceivedEvent> ReceivedEvents => Set<ReceivedEvent>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();

        modelBuilder.Entity<ReceivedEvent>(received =>
        {
            received.ToTable("received_events");
            received.HasKey(e => e.EventId);
            received.Property(e => e.EventType).HasMaxLength(200);
            received.Property(e => e.Summary).HasMaxLength(1000);
            received.Property(e => e.TraceId).HasMaxLength(32);
            received.HasIndex(e => e.ReceivedAt);
        });
    }
}
