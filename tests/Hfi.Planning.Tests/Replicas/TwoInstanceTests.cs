using System.Collections.Concurrent;
using Hfi.Contracts;
using Hfi.Planning.Data;
using Hfi.Planning.Grpc;
using Hfi.ServiceDefaults;
using Hfi.ServiceDefaults.Messaging;
using Hfi.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Hfi.Planning.Tests.Replicas;

/// <summary>
/// Two instances of a service on one database and one broker (<c>HFI_REPLICAS=2</c>), with the shared parts every
/// service has: migrations at start and the outbox dispatcher.
/// </summary>
[Collection(PlanningCollection.Name)]
public sealed class TwoInstanceTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly List<ServiceFactory<PlanningService>> _instances = [];
    private string _database = null!;

    public async Task InitializeAsync() =>
        _database = await infrastructure.CreateDatabaseAsync(ResourceNames.PlanningDatabase);

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
            await instance.DisposeAsync();
    }

    [Fact]
    public async Task Two_instances_starting_at_once_on_a_new_database_apply_every_migration_once()
    {
        var first = Instance();
        var second = Instance();
        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        await using var db = Db();
        var known = db.Database.GetMigrations().ToList();
        var applied = await db
            .Database.SqlQueryRaw<string>("""SELECT "MigrationId" AS "Value" FROM "__EFMigrationsHistory" """)
            .ToListAsync();
        Assert.NotEmpty(known);
        Assert.Equal(known.Order(StringComparer.Ordinal), applied.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Two_outbox_dispatchers_publish_every_message_exactly_once()
    {
        await using var published = await PublishedPlanApprovals.ListenAsync(infrastructure.RabbitMq.ConnectionString);
        Start(2);
        var ids = await EnqueueAsync(300);

        await Eventually.Get(
            () => Task.FromResult(published.Count(ids)),
            count => count >= ids.Count,
            "every outbox message to be published",
            TimeSpan.FromMinutes(1)
        );
        await Task.Delay(TimeSpan.FromSeconds(1)); // a second publication would come right behind
        Assert.All(ids, id => Assert.Equal(1, published.TimesOf(id)));
    }

    [Fact]
    public async Task Outbox_rows_claimed_by_an_instance_that_dies_are_published_by_the_other_once_its_connection_is_gone()
    {
        await using var published = await PublishedPlanApprovals.ListenAsync(infrastructure.RabbitMq.ConnectionString);
        await using (var schema = Db())
            await schema.Database.MigrateAsync();
        var ids = await EnqueueAsync(20);

        // The dying instance's claim: its transaction holds the rows (FOR UPDATE) and never commits.
        // Unpooled: its end is the socket's end, as when the process dies (a pooled one would be reset on dispose).
        await using var dying = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(_database) { Pooling = false }.ConnectionString
        );
        await dying.OpenAsync();
        await using (
            var claim = new NpgsqlCommand(
                """BEGIN; SELECT 1 FROM outbox_messages WHERE "SentAt" IS NULL FOR UPDATE""",
                dying
            )
        )
        {
            await claim.ExecuteNonQueryAsync();
        }
        Start(1);
        await Task.Delay(TimeSpan.FromSeconds(2)); // some twenty rounds of the live instance's dispatcher
        Assert.Equal(0, published.Count(ids));

        await using (var kill = new NpgsqlConnection(_database))
        {
            await kill.OpenAsync();
            await using var terminate = new NpgsqlCommand($"SELECT pg_terminate_backend({dying.ProcessID})", kill);
            await terminate.ExecuteScalarAsync();
        }

        await Eventually.Get(
            () => Task.FromResult(published.Count(ids)),
            count => count >= ids.Count,
            "the dead claim's messages to be published"
        );
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.All(ids, id => Assert.Equal(1, published.TimesOf(id)));
    }

    private void Start(int count)
    {
        var started = Enumerable.Range(0, count).Select(_ => Instance()).ToList();
        Task.WaitAll([.. started.Select(instance => Task.Run(() => instance.Server))]);
    }

    private ServiceFactory<PlanningService> Instance()
    {
        var instance = new ServiceFactory<PlanningService>([
            new($"ConnectionStrings:{ResourceNames.PlanningDatabase}", _database),
            new($"ConnectionStrings:{ResourceNames.RabbitMq}", infrastructure.RabbitMq.ConnectionString),
        ]);
        _instances.Add(instance);
        return instance;
    }

    private PlanningDbContext Db() =>
        new(new DbContextOptionsBuilder<PlanningDbContext>().UseNpgsql(_database).Options);

    private async Task<List<Guid>> EnqueueAsync(int count)
    {
        await using var db = Db();
        for (var year = 0; year < count; year++)
        {
            db.Enqueue(
                new PlanApproved
                {
                    Year = 3000 + year,
                    ApprovalCase = "sak 1/99",
                    PlanVersion = 1,
                    MeetingCount = 0,
                    ApprovedAt = DateTimeOffset.UtcNow,
                }
            );
        }
        var ids = db.ChangeTracker.Entries<OutboxMessage>().Select(entry => entry.Entity.Id).ToList();
        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>Every PlanApproved the broker routes, counted by message id, on a queue of the test's own.</summary>
    private sealed class PublishedPlanApprovals : IAsyncDisposable
    {
        private readonly ConcurrentDictionary<Guid, int> _seen = new();
        private IConnection _connection = null!;
        private IChannel _channel = null!;

        public static async Task<PublishedPlanApprovals> ListenAsync(string connectionString)
        {
            var listener = new PublishedPlanApprovals();
            listener._connection = await new ConnectionFactory
            {
                Uri = new Uri(connectionString),
            }.CreateConnectionAsync();
            listener._channel = await listener._connection.CreateChannelAsync();
            const string exchange = "Hfi.Contracts:PlanApproved";
            await listener._channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
            var queue = await listener._channel.QueueDeclareAsync(
                string.Empty,
                durable: false,
                exclusive: true,
                autoDelete: true
            );
            await listener._channel.QueueBindAsync(queue.QueueName, exchange, string.Empty);
            var consumer = new AsyncEventingBasicConsumer(listener._channel);
            consumer.ReceivedAsync += (_, delivery) =>
            {
                listener._seen.AddOrUpdate(Guid.Parse(delivery.BasicProperties.MessageId!), 1, (_, times) => times + 1);
                return Task.CompletedTask;
            };
            await listener._channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
            return listener;
        }

        public int Count(IEnumerable<Guid> ids) => ids.Count(_seen.ContainsKey);

        public int TimesOf(Guid id) => _seen.GetValueOrDefault(id);

        public async ValueTask DisposeAsync()
        {
            await _channel.DisposeAsync();
            await _connection.DisposeAsync();
        }
    }
}
