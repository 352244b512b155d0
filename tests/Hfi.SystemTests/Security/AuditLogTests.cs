using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hfi.ServiceDefaults;

namespace Hfi.SystemTests.Security;

/// <summary>
/// Changes made through the gateway are recorded in the changed service's audit log, for the secretariat's eyes only.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class AuditLogTests(RunningSystem system)
{
    private static readonly string[] Services =
    [
        ResourceNames.Planning,
        ResourceNames.Meetings,
        ResourceNames.Documents,
        ResourceNames.Notifications,
    ];

    [Fact]
    public async Task A_meeting_change_is_in_the_meetings_audit_with_the_caller_and_request_id()
    {
        using var secretariat = await system.SignedInClientAsync("sekretariat");
        var meetingId = await CreateMeetingAsync(secretariat);
        using var added = await secretariat.PostAsJsonAsync(
            $"/api/meetings/{meetingId}/agenda/items",
            new
            {
                title = "Revisjon av samarbeidsavtalen",
                kind = "AGENDA_ITEM_KIND_CASE",
                caseType = "CASE_TYPE_ORIENTERING",
                durationMinutes = 20,
            }
        );
        added.EnsureSuccessStatusCode();

        var entries = await EntriesAsync(secretariat, ResourceNames.Meetings, meetingId);

        Assert.Equal(["AddAgendaItem", "CreateMeeting"], entries.Select(e => e.GetProperty("action").GetString()));
        var addItem = entries[0];
        Assert.Equal("sekretariat", addItem.GetProperty("subject").GetString());
        Assert.Equal("Siri Sekretariat", addItem.GetProperty("name").GetString());
        Assert.Equal("secretariat", addItem.GetProperty("role").GetString());
        Assert.Contains("Revisjon av samarbeidsavtalen", addItem.GetProperty("summary").GetString());
        Assert.Equal(added.Headers.GetValues("X-Request-Id").Single(), addItem.GetProperty("requestId").GetString());
    }

    [Fact]
    public async Task Reads_leave_no_trace_and_a_planning_change_is_in_the_planning_audit()
    {
        using var admin = await system.SignedInClientAsync("admin");
        var name = $"Fagråd {Guid.NewGuid():N}"[..20];

        using var created = await admin.PostAsJsonAsync(
            "/api/planning/arenas",
            new { name, kind = "ARENA_KIND_OTHER" }
        );
        var arenaId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("arenaId").GetString()!;
        (await admin.GetAsync($"/api/planning/arenas/{arenaId}")).EnsureSuccessStatusCode();
        var entries = await EntriesAsync(admin, ResourceNames.Planning, arenaId);

        var entry = Assert.Single(entries);
        Assert.Equal("CreateArena", entry.GetProperty("action").GetString());
        Assert.Equal("admin", entry.GetProperty("subject").GetString());
        Assert.Contains(name, entry.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task An_upload_is_in_the_documents_audit_and_passes_the_gateway_beyond_the_api_body_limit()
    {
        using var secretariat = await system.SignedInClientAsync("sekretariat");
        var meetingId = await CreateMeetingAsync(secretariat);
        var bytes = new byte[3 * 1024 * 1024];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        using var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var form = new MultipartFormDataContent { { file, "file", "saksframlegg.pdf" } };

        using var uploaded = await secretariat.PostAsync($"/api/documents/meetings/{meetingId}/attachments", form);
        var entries = await EntriesAsync(secretariat, ResourceNames.Documents, meetingId);

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var entry = Assert.Single(entries);
        Assert.Equal("UploadAttachment", entry.GetProperty("action").GetString());
        Assert.Contains("saksframlegg.pdf", entry.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Only_the_secretariat_reads_an_audit_log()
    {
        using var anonymous = system.CreateClient();
        using var member = await system.SignedInClientAsync("kommune-hamar");
        using var observer = await system.SignedInClientAsync("observator");
        using var secretariat = await system.SignedInClientAsync("sekretariat");

        foreach (var service in Services)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/{service}/audit")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/{service}/audit")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await observer.GetAsync($"/api/{service}/audit")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await secretariat.GetAsync($"/api/{service}/audit")).StatusCode);
        }
    }

    [Fact]
    public async Task The_audit_pages_newest_first()
    {
        using var secretariat = await system.SignedInClientAsync("sekretariat");
        var meetingId = await CreateMeetingAsync(secretariat);
        for (var i = 0; i < 3; i++)
        {
            (
                await secretariat.PostAsJsonAsync(
                    $"/api/meetings/{meetingId}/agenda/items",
                    new
                    {
                        title = $"Sak {i}",
                        kind = "AGENDA_ITEM_KIND_PRESENTATION",
                        presenter = "Sekretariatet",
                        durationMinutes = 5,
                    }
                )
            ).EnsureSuccessStatusCode();
        }

        var first = await secretariat.GetFromJsonAsync<JsonElement>(
            $"/api/meetings/audit?entityId={meetingId}&pageSize=2"
        );
        var next = first.GetProperty("nextBefore").GetInt64();
        var second = await secretariat.GetFromJsonAsync<JsonElement>(
            $"/api/meetings/audit?entityId={meetingId}&pageSize=2&before={next}"
        );

        var ids = first
            .GetProperty("entries")
            .EnumerateArray()
            .Concat(second.GetProperty("entries").EnumerateArray())
            .Select(e => e.GetProperty("id").GetInt64())
            .ToList();
        Assert.Equal(4, ids.Count);
        Assert.Equal(ids.OrderDescending(), ids);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextBefore").ValueKind);
    }

    private static async Task<string> CreateMeetingAsync(HttpClient secretariat)
    {
        using var answer = await secretariat.PostAsJsonAsync(
            "/api/meetings",
            new
            {
                arenaId = "ssu",
                title = "Strategisk samarbeidsutvalg",
                startsAt = "2025-03-13T09:00:00Z",
                endsAt = "2025-03-13T13:00:00Z",
                place = "Brumunddal",
            }
        );
        answer.EnsureSuccessStatusCode();
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("meetingId").GetString()!;
    }

    private static async Task<List<JsonElement>> EntriesAsync(HttpClient client, string service, string entityId)
    {
        var audit = await client.GetFromJsonAsync<JsonElement>(
            $"/api/{service}/audit?entityId={Uri.EscapeDataString(entityId)}"
        );
        return audit.GetProperty("entries").EnumerateArray().ToList();
    }
}
