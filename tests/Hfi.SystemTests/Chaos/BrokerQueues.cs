using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Hfi.SystemTests.Chaos;

/// <summary>
/// A queue as the management API lists it: messages ready and delivered but not yet acknowledged, and its consumers.
/// </summary>
internal sealed record QueueFill(string Name, string Type, long Ready, long Unacknowledged, long Consumers)
{
    public long Messages => Ready + Unacknowledged;
}

/// <summary>
/// The broker's queues through its management API (guest/guest): whether every consumer has caught up.
/// </summary>
internal sealed class BrokerQueues(Uri managementUrl) : IDisposable
{
    private readonly HttpClient _client = new()
    {
        BaseAddress = managementUrl,
        Timeout = TimeSpan.FromSeconds(10),
        DefaultRequestHeaders =
        {
            Authorization = new AuthenticationHeaderValue(
                "Basic",
                Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest"))
            ),
        },
    };

    public async Task<IReadOnlyList<QueueFill>> ListAsync()
    {
        var queues = await _client.GetFromJsonAsync<JsonElement>(
            "api/queues?columns=name,type,messages_ready,messages_unacknowledged,consumers"
        );
        return
        [
            .. queues
                .EnumerateArray()
                .Select(queue => new QueueFill(
                    queue.GetProperty("name").GetString()!,
                    queue.TryGetProperty("type", out var type) ? type.GetString() ?? "" : "",
                    Number(queue, "messages_ready"),
                    Number(queue, "messages_unacknowledged"),
                    Number(queue, "consumers")
                )),
        ];
    }

    /// <summary>
    /// Why the first few messages of an error queue were given up on (MassTransit's fault headers), left in place.
    /// </summary>
    public async Task<IReadOnlyList<string>> PeekReasonsAsync(string queue)
    {
        using var response = await _client.PostAsJsonAsync(
            $"api/queues/%2F/{Uri.EscapeDataString(queue)}/get",
            new
            {
                count = 5,
                ackmode = "ack_requeue_true",
                encoding = "auto",
            }
        );
        response.EnsureSuccessStatusCode();
        var messages = await response.Content.ReadFromJsonAsync<JsonElement>();
        return
        [
            .. messages
                .EnumerateArray()
                .Select(message =>
                    message.GetProperty("properties").TryGetProperty("headers", out var headers)
                    && headers.TryGetProperty("MT-Fault-Message", out var fault)
                        ? $"{(headers.TryGetProperty("MT-Fault-ExceptionType", out var type) ? type.GetString() : "?")}: "
                            + fault.GetString()
                        : "(no fault header)"
                ),
        ];
    }

    public void Dispose() => _client.Dispose();

    private static long Number(JsonElement queue, string name) =>
        queue.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;
}
