using System.Data.Common;
using Hfi.Contracts;
using Hfi.Documents.Data;
using Hfi.Documents.Grpc;
using Hfi.Documents.Tests.Generation;
using Hfi.Hosting.Servers;
using Hfi.ServiceDefaults;
using Hfi.ServiceDefaults.Domain;
using Hfi.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.Documents.Tests.Api;

/// <summary>
/// A notice issued while Documents' database restarts is generated once it is back, not parked in an error queue.
/// </summary>
[Collection(DocumentsCollection.Name)]
public sealed class DatabaseOutageTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(
        Path.GetTempPath(),
        "hfi-tests",
        $"documents-outage-{Guid.NewGuid():N}"
    );
    private PostgresServer _postgres = null!;

    public async Task InitializeAsync() =>
        _postgres = await PostgresServer.StartAsync(new PostgresServerOptions(_dataDirectory, Throwaway: true));

    [Fact]
    public async Task A_notice_consumed_while_the_database_is_down_is_generated_when_it_is_back()
    {
        await _postgres.CreateDatabaseAsync(ResourceNames.DocumentsDatabase);
        await using var factory = new ServiceFactory<DocumentsService>([
            new(
                $"ConnectionStrings:{ResourceNames.DocumentsDatabase}",
                _postgres.GetConnectionString(ResourceNames.DocumentsDatabase)
            ),
            new($"ConnectionStrings:{ResourceNames.RabbitMq}", infrastructure.RabbitMq.ConnectionString),
            // Waits of at most 5 s, ten times: about 40 s in all, so the 15 s outage below is outlasted quickly.
            new("Messaging:RetryMaxInterval", "00:00:05"),
        ]);
        _ = factory.Server;
        var port = _postgres.Port;

        await _postgres.StopAsync();
        await factory
            .Services.GetRequiredService<IBus>()
            .Publish(SeedMeeting.Notice(Audiences.AllMembers, withRestrictedItems: false));
        // Longer than all the retries a consumer used to make before parking the message.
        await Task.Delay(TimeSpan.FromSeconds(15));
        _postgres = await PostgresServer.StartAsync(new PostgresServerOptions(_dataDirectory, port, Throwaway: true));

        var generated = await Eventually.Get(
            async () =>
            {
                await using var scope = factory.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<DocumentsDbContext>();
                try
                {
                    return await db
                        .Attachments.AsNoTracking()
                        .Where(a => a.MeetingId == SeedMeeting.MeetingId)
                        .CountAsync();
                }
                catch (DbException)
                {
                    return -1; // a pooled connection from before the restart
                }
            },
            count => count == 2,
            "the notice's DOCX and PDF to be generated",
            TimeSpan.FromSeconds(60)
        );
        Assert.Equal(2, generated);
    }

    public async Task DisposeAsync() => await _postgres.DisposeAsync();
}
