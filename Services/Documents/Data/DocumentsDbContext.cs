using Hfi.Documents.Domain;
using Hfi.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Documents.Data;

public sealed class DocumentsDbContext(DbContextOptions<DocumentsDbContext> options) : DbContext(options), IMessagingDbContext
{
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();

        modelBuilder.Entity<Attachment>(attachment =>
        {
            attachment.ToTable("attachments");
            attachment.HasKey(a => a.Id);
            attachment.Property(a => a.FileName).HasMaxLength(255);
            attachment.Property(a => a.ContentType).HasMaxLength(200);
            attachment.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
            attachment.HasIndex(a => a.MeetingId);
        });
    }
}
