using Hfi.Documents.Domain;
using Hfi.ServiceDefaults.Audit;
using Hfi.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Documents.Data;

public sealed class DocumentsDbContext(DbContextOptions<DocumentsDbContext> options)
    : DbContext(options),
        IMessagingDbContext,
        IAuditDbContext
{
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<AttachmentVersion> AttachmentVersions => Set<AttachmentVersion>();
    public DbSet<KnownMeeting> KnownMeetings => Set<KnownMeeting>();
    public DbSet<MeetingCases> MeetingCases => Set<MeetingCases>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    private static readonly System.Text.Json.JsonSerializerOptions CasesJson = new(
        System.Text.Json.JsonSerializerDefaults.Web
    );

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditLog();

        modelBuilder.Entity<Attachment>(attachment =>
        {
            attachment.ToTable("attachments");
            attachment.HasKey(a => a.Id);
            attachment.Property(a => a.Id).ValueGeneratedNever();
            attachment.Property(a => a.ArenaId).HasMaxLength(100);
            attachment.Property(a => a.Kind).HasMaxLength(20);
            attachment.Property(a => a.Title).HasMaxLength(AttachmentMetadata.MaxTitleLength);
            attachment.Property(a => a.CaseNumber).HasMaxLength(10);
            attachment.Property(a => a.Audience).HasMaxLength(50);
            attachment.Property(a => a.ExemptionBasis).HasMaxLength(200);
            attachment.Ignore(a => a.PublicAccess);
            // The title names the document within its meeting: a second upload under it is the next version.
            attachment
                .HasIndex(a => new
                {
                    a.MeetingId,
                    a.Kind,
                    a.Title,
                })
                .IsUnique();
            attachment.HasMany(a => a.Versions).WithOne().HasForeignKey(v => v.AttachmentId);
            attachment.Navigation(a => a.Versions).HasField("_versions");
        });

        modelBuilder.Entity<AttachmentVersion>(version =>
        {
            version.ToTable("attachment_versions");
            version.HasKey(v => v.Id);
            // Ids are made by the domain (CreateVersion7): a version added to a loaded attachment is new, not changed.
            version.Property(v => v.Id).ValueGeneratedNever();
            version.Property(v => v.FileName).HasMaxLength(255);
            version.Property(v => v.ContentType).HasMaxLength(200);
            version.Property(v => v.Sha256).HasMaxLength(64).IsFixedLength();
            version.Property(v => v.UploadedBy).HasMaxLength(200);
            version.HasIndex(v => new { v.AttachmentId, v.Version }).IsUnique();
        });

        modelBuilder.Entity<KnownMeeting>(meeting =>
        {
            meeting.ToTable("known_meetings");
            meeting.HasKey(m => m.MeetingId);
            meeting.Property(m => m.ArenaId).HasMaxLength(100);
        });

        modelBuilder.Entity<MeetingCases>(meeting =>
        {
            meeting.ToTable("meeting_cases");
            meeting.HasKey(m => m.MeetingId);
            meeting.Property(m => m.MeetingId).ValueGeneratedNever();
            meeting.Property(m => m.ArenaId).HasMaxLength(100);
            meeting
                .Property(m => m.Cases)
                .HasColumnType("jsonb")
                .HasConversion(
                    cases => System.Text.Json.JsonSerializer.Serialize(cases, CasesJson),
                    json =>
                        System.Text.Json.JsonSerializer.Deserialize<List<CaseAudience>>(json, CasesJson)
                        ?? new List<CaseAudience>(),
                    new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<CaseAudience>>(
                        (a, b) => a!.SequenceEqual(b!),
                        cases => cases.Count,
                        cases => cases.ToList()
                    )
                );
        });

        // Written and read with plain SQL by PostgresAttachmentStore; mapped only so migrations create it.
        modelBuilder.Entity<AttachmentChunk>(chunk =>
        {
            chunk.ToTable("attachment_chunks");
            chunk.HasKey(c => new { c.BlobId, c.ChunkIndex });
        });
    }
}
