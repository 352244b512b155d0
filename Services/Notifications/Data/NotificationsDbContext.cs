using Hfi.Notifications.Domain;
using Hfi.ServiceDefaults.Audit;
using Hfi.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Notifications.Data;

public sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options)
    : DbContext(options),
        IMessagingDbContext,
        IAuditDbContext
{
    public DbSet<ReceivedEvent> ReceivedEvents => Set<ReceivedEvent>();
    public DbSet<Notice> Notices => Set<Notice>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<MemberPreference> MemberPreferences => Set<MemberPreference>();
    public DbSet<PublishedDocument> PublishedDocuments => Set<PublishedDocument>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditLog();

        modelBuilder.Entity<ReceivedEvent>(received =>
        {
            received.ToTable("received_events");
            received.HasKey(e => e.EventId);
            received.Property(e => e.EventType).HasMaxLength(200);
            received.Property(e => e.Summary).HasMaxLength(1000);
            received.Property(e => e.TraceId).HasMaxLength(32);
            received.HasIndex(e => e.ReceivedAt);
        });

        modelBuilder.Entity<Notice>(notice =>
        {
            notice.ToTable("notices");
            notice.HasKey(n => n.Id);
            notice.Property(n => n.ArenaId).HasMaxLength(200);
            notice.Property(n => n.Audience).HasMaxLength(100);
            notice.Property(n => n.Subject).HasMaxLength(Notice.MaxSubjectLength);
            notice.Property(n => n.DocumentPath).HasMaxLength(500);
            notice.Property(n => n.AwaitsDocumentKind).HasMaxLength(50);
            notice.Property(n => n.MeetingTitle).HasMaxLength(Notice.MaxSubjectLength);
            notice.Property(n => n.RecipientMemberId).HasMaxLength(100);
            notice.Property(n => n.LookupError).HasMaxLength(Notice.MaxLookupErrorLength);
            notice.Property(n => n.TraceParent).HasMaxLength(100);
            notice.HasIndex(n => new { n.MeetingId, n.CreatedAt });
            // The notice list across meetings, newest first (keyset paging).
            notice.HasIndex(n => new { n.CreatedAt, n.Id }).HasDatabaseName("ix_notices_newest");
            // The recipient lookup's queue: notices waiting for Planning, by due time.
            notice
                .HasIndex(n => n.NextLookupAt)
                .HasFilter("\"NextLookupAt\" IS NOT NULL")
                .HasDatabaseName("ix_notices_awaiting_recipients");
        });

        modelBuilder.Entity<Delivery>(delivery =>
        {
            delivery.ToTable("deliveries");
            delivery.HasKey(d => d.Id);
            delivery.Property(d => d.IdempotencyKey).HasMaxLength(500);
            delivery.HasIndex(d => d.IdempotencyKey).IsUnique();
            delivery.Property(d => d.MemberId).HasMaxLength(100);
            delivery.Property(d => d.RecipientName).HasMaxLength(200);
            delivery.Property(d => d.RecipientEmail).HasMaxLength(320);
            delivery.Property(d => d.LastError).HasMaxLength(Delivery.MaxErrorLength);
            delivery.HasOne<Notice>().WithMany().HasForeignKey(d => d.NoticeId);
            delivery.HasIndex(d => new { d.NoticeId, d.RecipientEmail });
            // The delivery log by recipient name, of a notice or of a status (keyset paging).
            delivery
                .HasIndex(d => new
                {
                    d.NoticeId,
                    d.RecipientName,
                    d.Id,
                })
                .HasDatabaseName("ix_deliveries_log");
            delivery
                .HasIndex(d => new
                {
                    d.Status,
                    d.RecipientName,
                    d.Id,
                })
                .HasDatabaseName("ix_deliveries_by_status");
            // The dispatcher's queue: pending e-mails by due time.
            delivery
                .HasIndex(d => d.NextAttemptAt)
                .HasFilter($"\"Status\" = {(int)DeliveryStatus.Pending}")
                .HasDatabaseName("ix_deliveries_due");
            // A member's inbox.
            delivery
                .HasIndex(d => new { d.RecipientEmail, d.CreatedAt })
                .HasFilter($"\"Channel\" = {(int)Channel.InApp}")
                .HasDatabaseName("ix_deliveries_inbox");
        });

        modelBuilder.Entity<MemberPreference>(preference =>
        {
            preference.ToTable("member_preferences");
            preference.HasKey(p => p.Email);
            preference.Property(p => p.Email).HasMaxLength(320);
        });

        modelBuilder.Entity<PublishedDocument>(document =>
        {
            document.ToTable("published_documents");
            document.HasKey(d => d.DocumentId);
            document.Property(d => d.Kind).HasMaxLength(50);
            document.Property(d => d.Audience).HasMaxLength(100);
            document.Property(d => d.DownloadPath).HasMaxLength(500);
            document.HasIndex(d => new { d.MeetingId, d.Kind });
        });
    }
}
