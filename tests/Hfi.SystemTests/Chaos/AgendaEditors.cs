using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hfi.SystemTests.Chaos;

/// <summary>
/// Several secretaries editing agendas at once through the gateway, each on its own connection: they add cases and
/// rename their own cases, one request at a time, and keep what the system acknowledged (a 2xx answer). A refused
/// or failed edit is not acknowledged; it may or may not have taken effect, and is tried again later as a new edit.
/// </summary>
internal sealed class AgendaEditors(Func<HttpClient> createClient, IReadOnlyList<string> meetingIds, int callers)
{
    private const int MaxItemsPerCaller = 12;
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentQueue<DateTimeOffset> _acknowledgedAt = new();
    private readonly ConcurrentBag<Caller> _callers = [];
    private int _refused;

    public int Acknowledged => _acknowledgedAt.Count;

    public int Refused => _refused;

    /// <summary>When each acknowledged edit was answered.</summary>
    public IReadOnlyList<DateTimeOffset> AcknowledgedAt => [.. _acknowledgedAt.Order()];

    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(
            Enumerable.Range(0, callers).Select(index => Task.Run(() => EditAsync(index, stop), CancellationToken.None))
        );

    /// <summary>
    /// Reads each agenda back: every acknowledged case is there, with its last acknowledged title or a later attempted
    /// one.
    /// </summary>
    public async Task<IReadOnlyList<string>> LostEditsAsync(HttpClient secretariat)
    {
        var lost = new List<string>();
        foreach (var meetingId in meetingIds)
        {
            var agenda = await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{meetingId}/agenda");
            var titles = agenda
                .GetProperty("items")
                .EnumerateArray()
                .ToDictionary(
                    item => item.GetProperty("itemId").GetString()!,
                    item => item.GetProperty("title").GetString()!
                );
            var edited = _callers.Where(caller => caller.MeetingId == meetingId).SelectMany(caller => caller.Items);
            foreach (var item in edited)
            {
                if (!titles.TryGetValue(item.ItemId, out var title))
                {
                    lost.Add($"case {item.ItemId} ('{item.AcknowledgedTitle}') is missing from meeting {meetingId}");
                }
                else if (title != item.AcknowledgedTitle && !item.AttemptedSince.Contains(title))
                {
                    lost.Add(
                        $"case {item.ItemId} is titled '{title}', not the acknowledged " + $"'{item.AcknowledgedTitle}'"
                    );
                }
            }
        }

        return lost;
    }

    private async Task EditAsync(int index, CancellationToken stop)
    {
        using var client = createClient();
        var caller = new Caller($"c{index}", meetingIds[index % meetingIds.Count]);
        _callers.Add(caller);
        var random = new Random(index);
        var edits = 0;
        while (!stop.IsCancellationRequested)
        {
            edits++;
            var adding = caller.Items.Count < 3 || (caller.Items.Count < MaxItemsPerCaller && random.Next(4) == 0);
            if (adding)
            {
                await AddAsync(client, caller, $"Kaossak {caller.Name}-{edits}");
            }
            else
            {
                var item = caller.Items[random.Next(caller.Items.Count)];
                await RenameAsync(client, caller, item, $"Kaossak {caller.Name}-{edits} (endret)");
            }
            try
            {
                await Task.Delay(Pause, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task AddAsync(HttpClient client, Caller caller, string title)
    {
        var answer = await TrySendAsync(() =>
            client.PostAsJsonAsync($"/api/meetings/{caller.MeetingId}/agenda/items", Input(title))
        );
        if (answer is not { } item)
            return;
        caller.Items.Add(new EditedItem(item.GetProperty("itemId").GetString()!, title));
    }

    private async Task RenameAsync(HttpClient client, Caller caller, EditedItem item, string title)
    {
        item.AttemptedSince.Add(title);
        var answer = await TrySendAsync(() =>
            client.PutAsJsonAsync($"/api/meetings/{caller.MeetingId}/agenda/items/{item.ItemId}", Input(title))
        );
        if (answer is null)
            return;
        item.AcknowledgedTitle = title;
        item.AttemptedSince.Clear();
    }

    private async Task<JsonElement?> TrySendAsync(Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            using var response = await send();
            if (response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                _acknowledgedAt.Enqueue(DateTimeOffset.UtcNow);
                return body;
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException)
        { }

        Interlocked.Increment(ref _refused);
        return null;
    }

    private static object Input(string title) =>
        new
        {
            kind = "AGENDA_ITEM_KIND_CASE",
            title,
            durationMinutes = 5,
            caseType = "CASE_TYPE_ORIENTERING",
            audience = "all-members",
        };

    private sealed record Caller(string Name, string MeetingId)
    {
        public List<EditedItem> Items { get; } = [];
    }

    private sealed class EditedItem(string itemId, string title)
    {
        public string ItemId { get; } = itemId;

        public string AcknowledgedTitle { get; set; } = title;

        /// <summary>
        /// Titles sent since the last acknowledged one without an answer: any of them may have been saved.
        /// </summary>
        public HashSet<string> AttemptedSince { get; } = [];
    }
}
