using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hfi.Hosting.Servers;
using Hfi.ServiceDefaults.Messaging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Hfi.ServiceDefaults.Tests.Messaging;

/// <summary>A RabbitMQ node with its management API, as the AppHost runs it, for the queue migration tests.</summary>
public sealed class ManagedBrokerFixture : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "hfi-tests", $"quorum-{Guid.NewGuid():N}"[..19]);

    public RabbitMqServer RabbitMq { get; private set; } = null!;

    public async Task InitializeAsync() =>
        RabbitMq = await RabbitMqServer.StartAsync(new RabbitMqServerOptions(_root, Management: true, Throwaway: true));

    public async Task DisposeAsync()
    {
        if (RabbitMq is not null)
            await RabbitMq.DisposeAsync();
    }
}

/// <summary>
/// A broker from before quorum queues holds a service's queue as a classic queue, with messages waiting: the
/// service's start turns it into a quorum queue with the same bindings, and the waiting messages are still delivered.
/// </summary>
public sealed class QuorumQueueMigrationTests(ManagedBrokerFixture broker)
    : IClassFixture<ManagedBrokerFixture>,
        IAsyncLifetime
{
    private readonly string _service = $"svc{Guid.NewGuid():N}"[..11];
    private IConnection _connection = null!;
    private IChannel _channel = null!;

    private string Queue => $"{_service}-arena-created";

    private string Exchange => $"{_service}.Hfi.Contracts:ArenaCreated";

    public async Task InitializeAsync()
    {
        _connection = await new ConnectionFactory
        {
            Uri = new Uri(broker.RabbitMq.ConnectionString),
        }.CreateConnectionAsync();
        _channel = await _connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true)
        );
        // What MassTransit declared before quorum queues: a fanout exchange per message type bound to a classic queue.
        await _channel.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true);
        await _channel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false);
        await _channel.QueueBindAsync(Queue, Exchange, string.Empty);
        foreach (var body in new[] { "first", "second" })
            await PublishAsync(body);
    }

    [Fact]
    public async Task A_classic_queue_with_messages_becomes_a_quorum_queue_that_delivers_them_and_keeps_its_bindings()
    {
        await Migration().StartAsync(CancellationToken.None);

        Assert.Equal("quorum", await QueueTypeAsync(Queue));
        Assert.Equal(["first", "second"], await DrainAsync());
        await PublishAsync("after");
        Assert.Equal(["after"], await DrainAsync());
        Assert.DoesNotContain(await QueueNamesAsync(), name => name.StartsWith(Queue + ".", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_instances_starting_at_once_convert_the_queue_once_and_keep_each_message_once()
    {
        await Task.WhenAll(
            Migration().StartAsync(CancellationToken.None),
            Migration().StartAsync(CancellationToken.None)
        );

        Assert.Equal("quorum", await QueueTypeAsync(Queue));
        Assert.Equal(["first", "second"], await DrainAsync());
    }

    [Fact]
    public async Task A_broker_with_quorum_queues_only_is_left_as_it_is()
    {
        await Migration().StartAsync(CancellationToken.None);
        await PublishAsync("third");

        await Migration().StartAsync(CancellationToken.None);

        Assert.Equal("quorum", await QueueTypeAsync(Queue));
        Assert.Equal(["first", "second", "third"], await DrainAsync());
    }

    private QuorumQueueMigration Migration() =>
        new(
            Options.Create(new MessagingOptions { ManagementUrl = new Uri(broker.RabbitMq.ManagementUrl!) }),
            broker.RabbitMq.ConnectionString,
            _service,
            NullLogger<QuorumQueueMigration>.Instance
        );

    private async Task PublishAsync(string body) =>
        await _channel.BasicPublishAsync(
            Exchange,
            string.Empty,
            mandatory: true,
            new BasicProperties { Persistent = true, MessageId = body },
            Encoding.UTF8.GetBytes(body)
        );

    private async Task<List<string>> DrainAsync()
    {
        var bodies = new List<string>();
        while (await _channel.BasicGetAsync(Queue, autoAck: true) is { } message)
        {
            Assert.Equal(Encoding.UTF8.GetString(message.Body.Span), message.BasicProperties.MessageId);
            bodies.Add(Encoding.UTF8.GetString(message.Body.Span));
        }

        return bodies;
    }

    private async Task<string?> QueueTypeAsync(string queue)
    {
        using var management = ManagementClient();
        var info = await management.GetFromJsonAsync<JsonElement>($"api/queues/%2F/{Uri.EscapeDataString(queue)}");
        return info.GetProperty("type").GetString();
    }

    private async Task<IReadOnlyList<string>> QueueNamesAsync()
    {
        using var management = ManagementClient();
        var queues = await management.GetFromJsonAsync<JsonElement>("api/queues?columns=name");
        return [.. queues.EnumerateArray().Select(queue => queue.GetProperty("name").GetString()!)];
    }

    private HttpClient ManagementClient() =>
        new()
        {
            BaseAddress = new Uri(broker.RabbitMq.ManagementUrl!),
            DefaultRequestHeaders =
            {
                Authorization = new AuthenticationHeaderValue(
                    "Basic",
                    Convert.ToBase64String("guest:guest"u8.ToArray())
                ),
            },
        };

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
