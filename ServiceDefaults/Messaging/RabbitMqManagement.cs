using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;

namespace Hfi.ServiceDefaults.Messaging;

/// <summary>
/// A queue of messages that consumers gave up on (MassTransit's "…_error" queues), and how many it holds.
/// </summary>
public sealed record ParkedMessages(string Queue, long Count);

/// <summary>
/// The parts of a node's management HTTP API the AppHost and the services read (login guest/guest, local only).
/// </summary>
public sealed class RabbitMqManagement(Uri managementUrl) : IDisposable
{
    private const string ErrorQueueSuffix = "_error";

    private readonly HttpClient _client = new()
    {
        BaseAddress = managementUrl,
        Timeout = TimeSpan.FromSeconds(5),
        DefaultRequestHeaders =
        {
            Authorization = new AuthenticationHeaderValue(
                "Basic",
                Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest"))
            ),
        },
    };

    /// <summary>The error queues that hold messages, fullest first.</summary>
    public async Task<IReadOnlyList<ParkedMessages>> ParkedMessagesAsync(CancellationToken ct)
    {
        var queues = await _client.GetFromJsonAsync<List<QueueInfo>>("api/queues?columns=name,messages", ct) ?? [];
        return
        [
            .. queues
                .Where(queue => queue.Name.EndsWith(ErrorQueueSuffix, StringComparison.Ordinal) && queue.Messages > 0)
                .Select(queue => new ParkedMessages(queue.Name, queue.Messages!.Value))
                .OrderByDescending(parked => parked.Count),
        ];
    }

    /// <summary>True when the node has no memory or disk alarm (the API answers 503 while one is raised).</summary>
    public async Task<bool> HasNoAlarmsAsync(CancellationToken ct)
    {
        using var response = await _client.GetAsync("api/health/checks/alarms", ct);
        return response.IsSuccessStatusCode;
    }

    /// <summary>
    /// Moves every message of <paramref name="errorQueue"/> back to the queue it came from, with a dynamic shovel
    /// that deletes itself once the queue is drained (what the management UI's "Move messages" does).
    /// </summary>
    public async Task MoveBackAsync(string errorQueue, CancellationToken ct)
    {
        if (!errorQueue.EndsWith(ErrorQueueSuffix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{errorQueue} is not an error queue.", nameof(errorQueue));
        }

        var shovel = new
        {
            value = new Dictionary<string, object>
            {
                ["src-protocol"] = "amqp091",
                ["src-uri"] = "amqp://",
                ["src-queue"] = errorQueue,
                ["src-delete-after"] = "queue-length",
                ["dest-protocol"] = "amqp091",
                ["dest-uri"] = "amqp://",
                ["dest-queue"] = errorQueue[..^ErrorQueueSuffix.Length],
            },
        };
        using var response = await _client.PutAsJsonAsync(
            $"api/parameters/shovel/%2F/{Uri.EscapeDataString($"move-back-{errorQueue}")}",
            shovel,
            ct
        );
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// The durable classic queues whose names start with <paramref name="prefix"/> (from before quorum queues).
    /// </summary>
    public async Task<IReadOnlyList<string>> ClassicQueuesAsync(string prefix, CancellationToken ct)
    {
        var queues = await _client.GetFromJsonAsync<List<QueueInfo>>("api/queues?columns=name,type,durable", ct) ?? [];
        return
        [
            .. queues
                .Where(queue =>
                    queue.Name.StartsWith(prefix, StringComparison.Ordinal)
                    && queue.Type == "classic"
                    && queue.Durable == true
                )
                .Select(queue => queue.Name),
        ];
    }

    /// <summary>
    /// The bindings that route messages into <paramref name="queue"/> (the default exchange's implicit one left out).
    /// </summary>
    public async Task<IReadOnlyList<QueueBinding>> BindingsAsync(string queue, CancellationToken ct)
    {
        var bindings =
            await _client.GetFromJsonAsync<List<QueueBinding>>(
                $"api/queues/%2F/{Uri.EscapeDataString(queue)}/bindings",
                ct
            ) ?? [];
        return [.. bindings.Where(binding => binding.Source.Length > 0)];
    }

    public void Dispose() => _client.Dispose();

    public sealed record QueueBinding(
        [property: JsonPropertyName("source")] string Source,
        [property: JsonPropertyName("routing_key")] string RoutingKey
    );

    private sealed record QueueInfo(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("messages")] long? Messages,
        [property: JsonPropertyName("type")] string? Type = null,
        [property: JsonPropertyName("durable")] bool? Durable = null
    );
}
