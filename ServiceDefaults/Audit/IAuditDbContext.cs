using Microsoft.EntityFrameworkCore;

namespace Hfi.ServiceDefaults.Audit;

/// <summary>A service's DbContext that holds the shared audit_entries table.</summary>
public interface IAuditDbContext
{
    DbSet<AuditEntry> AuditEntries { get; }
}

public static class AuditModelBuilderExtensions
{
    public static ModelBuilder AddAuditLog(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("audit_entries");
            audit.HasKey(e => e.Id);
            audit.Property(e => e.Id).UseIdentityAlwaysColumn();
            audit.Property(e => e.Action).HasMaxLength(100);
            audit.Property(e => e.Subject).HasMaxLength(320);
            audit.Property(e => e.Name).HasMaxLength(200);
            audit.Property(e => e.Role).HasMaxLength(40);
            audit.Property(e => e.Summary).HasMaxLength(AuditEntry.SummaryLength);
            audit.Property(e => e.RequestId).HasMaxLength(128);
            audit.HasIndex(e => e.EntityIds).HasMethod("gin");
        });
        return modelBuilder;
    }
}
