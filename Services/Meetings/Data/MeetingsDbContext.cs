using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Audit;
using Hfi.ServiceDefaults.Data;
using Hfi.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Meetings.Data;

public sealed class MeetingsDbContext(DbContextOptions<MeetingsDbContext> options)
    : DbContext(options),
        IMessagingDbContext,
        IAuditDbContext
{
    private const int IdLength = 200;
    private const int EnumLength = 40;

    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<CaseNumberSequence> CaseNumberSequences => Set<CaseNumberSequence>();
    public DbSet<ArenaRules> ArenaRules => Set<ArenaRules>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<IssuedNotice> IssuedNotices => Set<IssuedNotice>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>
    /// A meeting with its agenda, attendance, proxies, conflicts of interest and substitute requests.
    /// </summary>
    public IQueryable<Meeting> FullMeetings =>
        Meetings
            .Include(m => m.Items)
            .Include(m => m.Attendances)
            .Include(m => m.Proxies)
            .Include(m => m.Conflicts)
            .Include(m => m.SubstituteRequests)
            .AsSplitQuery();

    /// <remarks>
    /// Ids are made by the domain (Guid v7), never by the database: otherwise EF takes a new child with its id
    /// already set, added to a loaded meeting, for an existing row and updates instead of inserting it.
    /// </remarks>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditLog();

        modelBuilder.Entity<Meeting>(meeting =>
        {
            meeting.ToTable("meetings");
            meeting.HasKey(m => m.Id);
            meeting.Property(m => m.Id).ValueGeneratedNever();
            meeting.Property(m => m.ArenaId).HasMaxLength(IdLength);
            meeting.Property(m => m.PlannedMeetingId).HasMaxLength(IdLength);
            meeting.Property(m => m.Title).HasMaxLength(MeetingDetails.MaxTitleLength);
            meeting.Property(m => m.Place).HasMaxLength(MeetingDetails.MaxPlaceLength);
            meeting.Property(m => m.Chair).HasMaxLength(MeetingDetails.MaxNameLength);
            meeting.Property(m => m.Secretary).HasMaxLength(MeetingDetails.MaxNameLength);
            meeting.Property(m => m.CancelReason).HasMaxLength(Meeting.MaxCancelReasonLength);
            meeting.Property(m => m.Status).HasConversion<string>().HasMaxLength(EnumLength);
            // xmin: two secretaries changing the same meeting at once get a conflict instead of a lost update.
            meeting.Property<uint>("Version").IsRowVersion();
            meeting.Ignore(m => m.DomainEvents);
            meeting.Ignore(m => m.Changes);
            meeting.Ignore(m => m.PlanEntryId);
            meeting.Ignore(m => m.OrderedItems);
            meeting.HasIndex(m => new { m.ArenaId, m.StartsAt });
            // The meeting list across arenas in keyset order.
            meeting.HasIndex(m => new { m.StartsAt, m.Id }).HasDatabaseName("ix_meetings_by_start");
            meeting.HasMany(m => m.Items).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
            meeting
                .HasMany(m => m.Attendances)
                .WithOne()
                .HasForeignKey(a => a.MeetingId)
                .OnDelete(DeleteBehavior.Cascade);
            meeting.HasMany(m => m.Proxies).WithOne().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Cascade);
            meeting
                .HasMany(m => m.Conflicts)
                .WithOne()
                .HasForeignKey(c => c.MeetingId)
                .OnDelete(DeleteBehavior.Cascade);
            meeting
                .HasMany(m => m.SubstituteRequests)
                .WithOne()
                .HasForeignKey(r => r.MeetingId)
                .OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AgendaItem>(item =>
        {
            item.ToTable("agenda_items");
            item.HasKey(i => i.Id);
            item.Property(i => i.Id).ValueGeneratedNever();
            item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(EnumLength);
            item.Property(i => i.CaseType).HasConversion<string>().HasMaxLength(EnumLength);
            item.Property(i => i.StandardStep).HasConversion<string>().HasMaxLength(EnumLength);
            item.Property(i => i.CaseNumber).HasMaxLength(20);
            item.Property(i => i.Title).HasMaxLength(AgendaItemContent.MaxTitleLength);
            item.Property(i => i.Audience).HasMaxLength(EnumLength);
            item.Property(i => i.Attachments).HasJsonConversion();
            item.Property(i => i.Decision).HasJsonConversion();
        });

        modelBuilder.Entity<Attendance>(attendance =>
        {
            attendance.ToTable("attendances");
            attendance.HasKey(a => a.Id);
            attendance.Property(a => a.Id).ValueGeneratedNever();
            attendance.Property(a => a.MemberId).HasMaxLength(IdLength);
            attendance.Property(a => a.SubstituteForMemberId).HasMaxLength(IdLength);
            attendance.Property(a => a.Status).HasConversion<string>().HasMaxLength(EnumLength);
            attendance.HasIndex(a => new { a.MeetingId, a.MemberId }).IsUnique();
        });

        modelBuilder.Entity<Proxy>(proxy =>
        {
            proxy.ToTable("proxies");
            proxy.HasKey(p => p.Id);
            proxy.Property(p => p.Id).ValueGeneratedNever();
            proxy.HasIndex(p => new { p.MeetingId, p.GiverMemberId }).IsUnique();
        });

        modelBuilder.Entity<ConflictOfInterest>(conflict =>
        {
            conflict.ToTable("conflicts_of_interest");
            conflict.HasKey(c => c.Id);
            conflict.Property(c => c.Id).ValueGeneratedNever();
            conflict
                .HasIndex(c => new
                {
                    c.MeetingId,
                    c.AgendaItemId,
                    c.MemberId,
                })
                .IsUnique();
        });

        modelBuilder.Entity<SubstituteRequest>(request =>
        {
            request.ToTable("substitute_requests");
            request.HasKey(r => r.Id);
            request.Property(r => r.Id).ValueGeneratedNever();
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(EnumLength);
        });

        modelBuilder.Entity<CaseNumberSequence>(sequence =>
        {
            sequence.ToTable("case_number_sequences");
            sequence.HasKey(s => new { s.ArenaId, s.Year });
            sequence.Property(s => s.ArenaId).HasMaxLength(IdLength);
            // Two cases created at once must not share a number: the second save fails and is retried by the caller.
            sequence.Property(s => s.LastNumber).IsConcurrencyToken();
        });

        modelBuilder.Entity<ArenaRules>(rules =>
        {
            rules.ToTable("arena_rules");
            rules.HasKey(r => r.ArenaId);
            rules.Property(r => r.ArenaId).HasMaxLength(IdLength);
        });

        modelBuilder.Entity<FollowUp>(followUp =>
        {
            followUp.ToTable("follow_ups");
            followUp.HasKey(f => f.Id);
            followUp.Property(f => f.Id).ValueGeneratedNever();
            followUp.Property(f => f.ArenaId).HasMaxLength(IdLength);
            followUp.Property(f => f.CaseNumber).HasMaxLength(20);
            followUp.Property(f => f.Audience).HasMaxLength(EnumLength);
            followUp.Property(f => f.Status).HasConversion<string>().HasMaxLength(EnumLength);
            followUp.HasIndex(f => new { f.ArenaId, f.Status });
        });

        modelBuilder.Entity<IssuedNotice>(notice =>
        {
            notice.ToTable("issued_notices");
            notice.HasKey(n => new
            {
                n.MeetingId,
                n.Version,
                n.Audience,
            });
            notice.Property(n => n.Audience).HasMaxLength(EnumLength);
            notice.Property(n => n.Payload).HasColumnType("jsonb");
        });
    }
}
