using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;

namespace Hfi.Hosting.Servers;

/// <summary>A queue of messages that consumers gave up on (MassTransit's "…_error" queues), and how many it holds.</summary>
public sealed record ParkedMessages(string Queue, long Count);

/// <summary>The parts of a node's management HTTP API the AppHost reads (login guest/guest, local only).</summary>
public sealed class RabbitMqManagement(Uri managementUrl) : IDisposable
{
    private const string ErrorQueueSuffix = "_error";

    private readonly HttpClient _client = new()
    {
        BaseAddress = managementUrl,
        Timeout = TimeSpan.FromSeconds(5),
        DefaultRequestHeaders =
        {
            Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest"))),
        },
    };

    /// <summary>The error queues that hold messages, fullest first.</summary>
    public async Task<IReadOnlyList<ParkedMessages>> ParkedMessagesAsync(CancellationToken ct)
    {
        var queues = await _client.GetFromJsonAsync<List<QueueInfo>>("api/queues?columns=name,messages", ct) ?? [];
        return [.. queues
            .Where(queue => queue.Name.EndsWith(ErrorQueueSuffix, StringComparison.Ordinal) && queue.Messages > 0)
            .Select(queue => new ParkedMessages(queue.Name, queue.Messages!.Value))
            .OrderByDescending(parked => parked.Count)];
    }

    public void Dispose() => _client.Dispose();

    private sealed record QueueInfo(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("messages")] long? Messages);
}
