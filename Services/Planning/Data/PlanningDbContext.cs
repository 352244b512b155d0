using Hfi.Planning.Domain;
using Hfi.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Planning.Data;

public sealed class PlanningDbContext(DbContextOptions<PlanningDbContext> options) : DbContext(options), IMessagingDbContext
{
    public DbSet<HealthRegion> Regions => Set<HealthRegion>();
    public DbSet<Arena> Arenas => Set<Arena>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();

        modelBuilder.Entity<HealthRegion>(region =>
        {
            region.ToTable("regions");
            region.HasKey(r => r.Id);
            region.Property(r => r.Id).HasMaxLength(100);
            region.Property(r => r.Name).HasMaxLength(200);
            region.HasData(Organisation.Regions);
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
    }
}
