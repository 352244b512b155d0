using Hfi.Planning.Data;
using Hfi.Planning.Domain;
using Hfi.ServiceDefaults.Messaging;
using Hfi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.Planning.Tests.Messaging;

/// <summary>Domain events reach the outbox with the save that makes their change, exactly once.</summary>
[Collection(PlanningCollection.Name)]
public sealed class DomainEventOutboxTests(InfrastructureFixture infrastructure) : PlanningServiceTest(infrastructure)
{
    [Fact]
    public async Task A_failed_save_publishes_nothing_and_saving_again_publishes_once()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlanningDbContext>();
        db.Arenas.Add(Arena.Create("Fagråd for psykisk helse", ArenaKind.Other, null, [], DateTimeOffset.UtcNow));
        var clash = new Arena
        {
            Id = "ssu",
            Name = "Strategisk samarbeidsutvalg",
            Kind = ArenaKind.StrategicCommittee,
        };
        db.Arenas.Add(clash);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Empty(db.ChangeTracker.Entries<OutboxMessage>());
        db.Entry(clash).State = EntityState.Detached;
        await db.SaveChangesAsync();
        await db.SaveChangesAsync();

        var published = await db.OutboxMessages.AsNoTracking().Select(m => m.MessageType).ToListAsync();
        Assert.Contains("ArenaCreated", Assert.Single(published));
    }
}
