using Hfi.Planning.Domain;
using Hfi.Planning.Domain.Members;
using Hfi.Planning.Domain.Plans;
using Hfi.ServiceDefaults.Audit;
using Hfi.ServiceDefaults.Data;
using Hfi.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Planning.Data;

public sealed class PlanningDbContext(DbContextOptions<PlanningDbContext> options)
    : DbContext(options),
        IMessagingDbContext,
        IAuditDbContext
{
    public DbSet<HealthRegion> Regions => Set<HealthRegion>();
    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<Arena> Arenas => Set<Arena>();
    public DbSet<ArenaMember> ArenaMembers => Set<ArenaMember>();
    public DbSet<AnnualPlan> Plans => Set<AnnualPlan>();
    public DbSet<PlannedMeeting> PlannedMeetings => Set<PlannedMeeting>();
    public DbSet<MeetingChange> MeetingChanges => Set<MeetingChange>();
    public DbSet<PlanRevision> PlanRevisions => Set<PlanRevision>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditLog();
        MapOrganisation(modelBuilder);
        MapPlans(modelBuilder);
    }

    private static void MapOrganisation(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<HealthRegion>(region =>
        {
            region.ToTable("regions");
            region.HasKey(r => r.Id);
            region.Property(r => r.Id).HasMaxLength(100);
            region.Property(r => r.Name).HasMaxLength(200);
            region.HasData(Organisation.Regions);
        });

        modelBuilder.Entity<Partner>(partner =>
        {
            partner.ToTable("partners");
            partner.HasKey(p => p.Id);
            partner.Property(p => p.Id).HasMaxLength(100);
            partner.Property(p => p.Name).HasMaxLength(200);
            partner.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
            partner.HasOne<HealthRegion>().WithMany().HasForeignKey(p => p.RegionId);
            partner.HasData(Domain.Partners.All);
        });

        modelBuilder.Entity<Arena>(arena =>
        {
            arena.ToTable("arenas");
            arena.HasKey(a => a.Id);
            arena.Property(a => a.Id).HasMaxLength(200);
            arena.Property(a => a.Name).HasMaxLength(Arena.MaxNameLength);
            arena.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
            arena.HasOne<HealthRegion>().WithMany().HasForeignKey(a => a.RegionId);
            arena.HasData(Organisation.StandingArenas);
        });

        modelBuilder.Entity<ArenaMember>(member =>
        {
            member.ToTable("arena_members");
            member.HasKey(m => m.Id);
            member.Ignore(m => m.Term);
            member.Property(m => m.PersonName).HasMaxLength(ArenaMember.MaxNameLength);
            member.Property(m => m.Email).HasMaxLength(ArenaMember.MaxEmailLength);
            member.Property(m => m.Kind).HasConversion<string>().HasMaxLength(40);
            member.Property(m => m.Role).HasConversion<string>().HasMaxLength(40);
            member.HasOne<Arena>().WithMany().HasForeignKey(m => m.ArenaId);
            member.HasOne<Partner>().WithMany().HasForeignKey(m => m.PartnerId);
            member.HasOne<ArenaMember>().WithMany().HasForeignKey(m => m.SubstituteForMemberId);
            // Members are matched by e-mail case-blind, on an index of lower("Email"): migration ArenaMemberEmailMatchIndex.
            // An arena's members on a day: the ended terms of past years are skipped in the index, not read.
            member.HasIndex(m => new { m.ArenaId, m.TermTo });
        });
    }

    private static void MapPlans(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AnnualPlan>(plan =>
        {
            plan.ToTable("annual_plans");
            plan.HasKey(p => p.Year);
            plan.Property(p => p.Year).ValueGeneratedNever();
            plan.Property(p => p.Status).HasConversion<string>().HasMaxLength(40);
            plan.Property(p => p.ApprovalCase).HasMaxLength(100);
            plan.Property(p => p.Version).IsConcurrencyToken();
            plan.HasMany(p => p.Meetings).WithOne().HasForeignKey(m => m.Year);
            plan.HasMany(p => p.Revisions).WithOne().HasForeignKey(r => r.Year);
        });

        modelBuilder.Entity<PlannedMeeting>(meeting =>
        {
            meeting.ToTable("planned_meetings");
            meeting.HasKey(m => m.Id);
            meeting.Property(m => m.ArenaText).HasMaxLength(200);
            meeting.Property(m => m.RegionText).HasMaxLength(200);
            meeting.Property(m => m.Weekday).HasMaxLength(40);
            meeting.Property(m => m.Place).HasMaxLength(200);
            meeting.Property(m => m.PlaceKind).HasConversion<string>().HasMaxLength(40);
            meeting.Property(m => m.Status).HasConversion<string>().HasMaxLength(40);
            meeting.Property(m => m.ImportKey).HasMaxLength(500);
            meeting.HasOne<Arena>().WithMany().HasForeignKey(m => m.ArenaId);
            meeting.HasOne<HealthRegion>().WithMany().HasForeignKey(m => m.RegionId);
            meeting.HasIndex(m => new { m.Year, m.ImportKey }).IsUnique();
            meeting.ComplexProperty(
                m => m.Date,
                date =>
                {
                    date.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
                    date.Property(d => d.Text).HasMaxLength(200);
                    date.Property(d => d.Anchor).HasMaxLength(200);
                }
            );
            meeting.ComplexProperty(m => m.Time, time => time.Property(t => t.Text).HasMaxLength(100));
            meeting.Property(m => m.Id).ValueGeneratedNever();
            meeting.Property(m => m.Topics).HasJsonConversion();
            meeting.HasMany(m => m.History).WithOne().HasForeignKey(c => c.MeetingId);
        });

        modelBuilder.Entity<MeetingChange>(change =>
        {
            change.ToTable("meeting_changes");
            change.HasKey(c => c.Id);
            change.Property(c => c.Id).ValueGeneratedNever();
            change.Property(c => c.Kind).HasConversion<string>().HasMaxLength(40);
            change.Property(c => c.Before).HasJsonConversion();
            change.Property(c => c.After).HasJsonConversion();
            change.Property(c => c.Reason).HasMaxLength(1000);
            change.Property(c => c.ChangedBy).HasMaxLength(200);
        });

        modelBuilder.Entity<PlanRevision>(revision =>
        {
            revision.ToTable("plan_revisions");
            revision.HasKey(r => r.Id);
            revision.Property(r => r.Id).ValueGeneratedNever();
            revision.Property(r => r.Summary).HasMaxLength(1000);
            revision.Property(r => r.RevisedBy).HasMaxLength(200);
            revision.HasIndex(r => new { r.Year, r.Number }).IsUnique();
        });
    }
}
