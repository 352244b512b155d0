using System.Net.Http.Json;
using System.Text.Json;

namespace Hfi.SystemTests;

/// <summary>
/// What the secretariat does through the gateway's REST API to set a meeting up; each call must succeed.
/// </summary>
internal static class SecretariatRequests
{
    public static async Task<string> CreateArenaAsync(this HttpClient secretariat, string name)
    {
        var created = await secretariat.PostAsJsonAsync(
            "/api/planning/arenas",
            new { name, kind = "ARENA_KIND_OTHER" }
        );
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("arenaId").GetString()!;
    }

    public static async Task AddMemberAsync(
        this HttpClient secretariat,
        string arenaId,
        string name,
        string email,
        string partnerId,
        string kind
    )
    {
        var added = await secretariat.PostAsJsonAsync(
            $"/api/planning/arenas/{arenaId}/members",
            new
            {
                personName = name,
                email,
                partnerId,
                kind,
                role = "MEMBER_ROLE_MEMBER",
                hasVotingRight = true,
                termFrom = "2024-01-01",
            }
        );
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// A meeting 30 days ahead, or <paramref name="daysAhead"/> (negative for one already past, to be held and
    /// decided).
    /// </summary>
    public static async Task<string> CreateMeetingAsync(
        this HttpClient secretariat,
        string arenaId,
        string title,
        int daysAhead = 30
    )
    {
        var startsAt = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(daysAhead).AddHours(9), TimeSpan.Zero);
        var created = await secretariat.PostAsJsonAsync(
            "/api/meetings",
            new
            {
                arenaId,
                title,
                startsAt,
                endsAt = startsAt.AddHours(3),
                place = "Brumunddal",
            }
        );
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("meetingId").GetString()!;
    }

    public static async Task AddItemAsync(this HttpClient secretariat, string meetingId, string title, string audience)
    {
        var added = await secretariat.PostAsJsonAsync(
            $"/api/meetings/{meetingId}/agenda/items",
            new
            {
                kind = "AGENDA_ITEM_KIND_CASE",
                title,
                durationMinutes = 20,
                caseType = "CASE_TYPE_ORIENTERING",
                audience,
            }
        );
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());
    }
}
