using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Meetings.Data;

public sealed class MeetingsDbContext(DbContextOptions<MeetingsDbContext> options) : DbContext(options), IMessagingDbContext
{
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();

        modelBuilder.Entity<Meeting>(meeting =>
        {
            meeting.ToTable("meetings");
            meeting.HasKey(m => m.Id);
            meeting.Property(m => m.ArenaId).HasMaxLength(200);
            meeting.Property(m => m.Title).HasMaxLength(Meeting.MaxTitleLength);
            meeting.Property(m => m.Place).HasMaxLength(Meeting.MaxPlaceLength);
            meeting.Property(m => m.Status).HasConversion<string>().HasMaxLength(40);
            meeting.HasIndex(m => new { m.ArenaId, m.StartsAt });
        });
    }
}
