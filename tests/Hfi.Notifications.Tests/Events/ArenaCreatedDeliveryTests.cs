extern alias planning;
using System.Diagnostics;
using Grpc.Core;
using Hfi.Contracts;
using Hfi.Notifications.Api;
using Hfi.Notifications.Data;
using Hfi.Notifications.Grpc;
using Hfi.Notifications.Tests.Support;
using Hfi.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using planning::Hfi.Planning.Api;

namespace Hfi.Notifications.Tests.Events;

/// <summary>The foundation's RabbitMQ slice: Planning → outbox → RabbitMQ → Notifications, exactly once.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class ArenaCreatedDeliveryTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private NotificationsHarness _harness = null!;

    private ServiceFactory<planning::Hfi.Planning.Grpc.PlanningService> PlanningHost => _harness.Planning;
    private ServiceFactory<NotificationsService> NotificationsHost => _harness.Notifications;

    public async Task InitializeAsync() => _harness = await NotificationsHarness.StartAsync(infrastructure);

    [Fact]
    public async Task An_arena_created_in_planning_reaches_notifications_in_the_same_trace()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var traceparent = $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01";
        var client = new PlanningApi.PlanningApiClient(PlanningHost.CreateGrpcChannel(TestIdentity.Secretariat));
        // The services' gRPC client instrumentation listens process-wide here and writes its own traceparent
        // for the call; as a real caller's, the trace is that of the calling activity.
        using var caller = new Activity("test caller").SetParentId(traceparent).Start();

        await client.CreateArenaAsync(
            new CreateArenaRequest { Name = "Fagråd for psykisk helse", Kind = ArenaKind.Other },
            new Metadata { { "traceparent", traceparent } }
        );

        var received = await Eventually.Get(
            ReceivedEventsAsync,
            events => events.Count > 0,
            "Notifications to record ArenaCreated"
        );
        var recorded = Assert.Single(received);
        Assert.Equal("ArenaCreated", recorded.EventType);
        Assert.Contains("fagrad-for-psykisk-helse", recorded.Summary);
        Assert.Equal(traceId.ToString(), recorded.TraceId);
    }

    [Fact]
    public async Task A_message_the_broker_delivers_twice_is_recorded_once()
    {
        var messageId = NewId.NextGuid();
        var consumed = new ConsumeCounter(messageId);
        var bus = NotificationsHost.Services.GetRequiredService<IBus>();
        using var observer = bus.ConnectConsumeObserver(consumed);
        var arenaCreated = new ArenaCreated
        {
            ArenaId = "fagrad-duplikat",
            Name = "Fagråd duplikat",
            Kind = "Other",
            CreatedAt = DateTimeOffset.UtcNow,
        };

        await bus.Publish(arenaCreated, context => context.MessageId = messageId);
        await bus.Publish(arenaCreated, context => context.MessageId = messageId);

        await Eventually.Get(
            () => Task.FromResult(consumed.Count),
            count => count >= 2,
            "both deliveries to be consumed"
        );
        var received = await ReceivedEventsAsync();
        Assert.Equal(messageId.ToString(), Assert.Single(received).EventId);
        await using var scope = NotificationsHost.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        Assert.Equal(1, await db.ProcessedMessages.CountAsync(m => m.MessageId == messageId));
    }

    private async Task<IList<ReceivedEvent>> ReceivedEventsAsync()
    {
        var client = new NotificationsApi.NotificationsApiClient(
            NotificationsHost.CreateGrpcChannel(TestIdentity.Secretariat)
        );
        return (await client.ListReceivedEventsAsync(new ListReceivedEventsRequest())).Events;
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private sealed class ConsumeCounter(Guid messageId) : IConsumeObserver
    {
        private int _count;
        public int Count => Volatile.Read(ref _count);

        public Task PostConsume<T>(ConsumeContext<T> context)
            where T : class
        {
            if (context.MessageId == messageId)
                Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }

        public Task PreConsume<T>(ConsumeContext<T> context)
            where T : class => Task.CompletedTask;

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
            where T : class => Task.CompletedTask;
    }
}
