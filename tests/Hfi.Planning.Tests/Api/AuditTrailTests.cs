using Grpc.Core;
using Hfi.Planning.Api;
using Hfi.Planning.Data;
using Hfi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.Planning.Tests.Api;

/// <summary>
/// The audit entry of a change is written in the change's own transaction, and only when the change is made.
/// </summary>
[Collection(PlanningCollection.Name)]
public sealed class AuditTrailTests(InfrastructureFixture infrastructure) : PlanningServiceTest(infrastructure)
{
    [Fact]
    public async Task A_change_and_its_audit_entry_are_committed_by_the_same_transaction_and_the_entry_names_the_new_id()
    {
        var client = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel(TestIdentity.Secretariat));

        var created = await client.CreateArenaAsync(
            new CreateArenaRequest { Name = "Fagråd for habilitering", Kind = ArenaKind.Other }
        );

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlanningDbContext>();
        var entry = await db.AuditEntries.SingleAsync(e =>
            e.Action == "CreateArena" && e.EntityIds.Contains(created.ArenaId)
        );
        // xmin is the transaction that wrote a row: one transaction wrote both, so neither can exist without the other.
        var arenaWrittenBy = await db
            .Database.SqlQuery<string>($"""SELECT xmin::text AS "Value" FROM arenas WHERE "Id" = {created.ArenaId}""")
            .SingleAsync();
        var entryWrittenBy = await db
            .Database.SqlQuery<string>($"""SELECT xmin::text AS "Value" FROM audit_entries WHERE "Id" = {entry.Id}""")
            .SingleAsync();
        Assert.Equal(arenaWrittenBy, entryWrittenBy);
        Assert.Equal("secretariat", entry.Role);
        Assert.Contains("Fagråd for habilitering", entry.Summary);
    }

    [Fact]
    public async Task A_refused_change_leaves_no_audit_entry()
    {
        var client = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel(TestIdentity.Secretariat));
        await client.CreateArenaAsync(
            new CreateArenaRequest { Name = "Fagråd for rehabilitering", Kind = ArenaKind.Other }
        );

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            client
                .CreateArenaAsync(new CreateArenaRequest { Name = "Fagråd for rehabilitering", Kind = ArenaKind.Other })
                .ResponseAsync
        );

        Assert.Equal(StatusCode.Aborted, refused.StatusCode);
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlanningDbContext>();
        Assert.Equal(
            1,
            await db.AuditEntries.CountAsync(e =>
                e.Action == "CreateArena" && e.Summary.Contains("Fagråd for rehabilitering")
            )
        );
    }
}
