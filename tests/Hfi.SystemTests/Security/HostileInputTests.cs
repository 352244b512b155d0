using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hfi.ServiceDefaults;
using Hfi.ServiceDefaults.Identity;
using Hfi.SystemTests.Authorization;

namespace Hfi.SystemTests.Security;

/// <summary>
/// The hostile-input regression suite, through the gateway on the running system. Each case of
/// <see cref="HostileInputs"/> must get its 4xx, as problem details with a reason code and Norwegian text, naming what
/// was wrong, with nothing internal in the answer, and must change nothing (no audit entry in any service, the
/// meeting, its agenda and its attachments read back the same). Every route is also swept with hostile path values
/// and bodies.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed partial class HostileInputTests(RunningSystem system) : IAsyncLifetime
{
    private static readonly string[] Services =
    [
        ResourceNames.Planning,
        ResourceNames.Meetings,
        ResourceNames.Documents,
        ResourceNames.Notifications,
    ];

    // One arena, meeting and attachment for all cases, made once per run of the system.
    private static readonly SemaphoreSlim SetUp = new(1, 1);
    private static (RunningSystem System, string Arena, string Meeting, string Attachment)? _shared;

    // A subject of its own per test, so that the rate limit per caller counts each test apart.
    private readonly string _subject = $"fiendtlig-{Guid.NewGuid():N}";
    private HttpClient _secretariat = null!;
    private string _arenaId = null!,
        _meetingId = null!,
        _attachmentId = null!;

    public static TheoryData<string> Cases() => [.. HostileInputs.All.Select(c => c.Name)];

    public async Task InitializeAsync()
    {
        _secretariat = system.CreateClient(TokenOf(Sender.Secretariat));
        await SetUp.WaitAsync();
        try
        {
            if (_shared is null || !ReferenceEquals(_shared.Value.System, system))
            {
                var (arena, meeting, attachment) = await CreateMeetingWithAttachmentAsync();
                _shared = (system, arena, meeting, attachment);
            }
            (_, _arenaId, _meetingId, _attachmentId) = _shared.Value;
        }
        finally
        {
            SetUp.Release();
        }
    }

    private async Task<(string, string, string)> CreateMeetingWithAttachmentAsync()
    {
        var arena = await _secretariat.CreateArenaAsync($"Fiendtlig {Guid.NewGuid():N}"[..24]);
        var meeting = await _secretariat.CreateMeetingAsync(arena, "Møte med fiendtlige forespørsler");
        var file = new ByteArrayContent("Et vedlegg."u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var uploaded = await _secretariat.PostAsync(
            $"/api/documents/meetings/{meeting}/attachments",
            new MultipartFormDataContent { { new StringContent("Vedlegg"), "title" }, { file, "file", "vedlegg.txt" } }
        );
        Assert.True(uploaded.IsSuccessStatusCode, await uploaded.Content.ReadAsStringAsync());
        return (
            arena,
            meeting,
            (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attachmentId").GetString()!
        );
    }

    public Task DisposeAsync()
    {
        _secretariat.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_request_gets_a_4xx_naming_what_was_wrong_without_internals_and_changes_nothing(
        string name
    )
    {
        var hostile = HostileInputs.All.Single(c => c.Name == name);
        var before = await StateAsync();

        using var client = system.CreateClient(TokenOf(hostile.As));
        using var request = new HttpRequestMessage(new HttpMethod(hostile.Method), Fill(hostile.Path))
        {
            Content = await FilledAsync(hostile.Body()),
        };
        foreach (var (header, value) in hostile.Headers)
            request.Headers.TryAddWithoutValidation(header, value);
        using var answer = await client.SendAsync(request);
        var body = await answer.Content.ReadAsStringAsync();

        Assert.True(
            hostile.Status == (int)answer.StatusCode,
            $"{name}: expected {hostile.Status}, got {(int)answer.StatusCode}: {body}"
        );
        AssertRefusal(name, answer, body);
        Assert.True(
            body.Contains(hostile.Names, StringComparison.OrdinalIgnoreCase),
            $"{name}: the answer does not name '{hostile.Names}': {body}"
        );
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task Every_route_refuses_hostile_path_values_and_bodies_with_a_clear_4xx()
    {
        var failures = new List<string>();
        var before = await StateAsync();
        foreach (var route in ApiRoutes.All())
        {
            foreach (var (what, request, client) in HostileRequestsFor(route))
            {
                using (request)
                using (var answer = await client.SendAsync(request))
                {
                    var body = await answer.Content.ReadAsStringAsync();
                    var status = (int)answer.StatusCode;
                    if (status is < 400 or >= 500)
                    {
                        failures.Add($"{route} ({what}): {status} {Shorten(body)}");
                    }
                    else if (HostileInputs.Internals.FirstOrDefault(body.Contains) is { } leak)
                    {
                        failures.Add($"{route} ({what}): leaks '{leak}': {Shorten(body)}");
                    }
                    else if (
                        !body.Contains("\"reason\"", StringComparison.Ordinal)
                        && !(what.StartsWith("NUL in the path", StringComparison.Ordinal) && body.Length == 0)
                    )
                    {
                        failures.Add($"{route} ({what}): {status} without a reason code: {Shorten(body)}");
                    }
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task A_callers_own_request_id_never_becomes_the_audit_logs()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/meetings/{_meetingId}/agenda/items")
        {
            Content = JsonContent.Create(
                new
                {
                    kind = "AGENDA_ITEM_KIND_CASE",
                    title = "Sak med egen id",
                    durationMinutes = 5,
                    caseType = "CASE_TYPE_ORIENTERING",
                }
            ),
        };
        request.Headers.TryAddWithoutValidation("X-Request-Id", "spoofed-<i>x</i>");
        request.Headers.TryAddWithoutValidation(
            "traceparent",
            "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
        );
        using var answer = await _secretariat.SendAsync(request);
        Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync());

        var audit = await _secretariat.GetFromJsonAsync<JsonElement>(
            $"/api/meetings/audit?entityId={_meetingId}&pageSize=1"
        );
        var recorded = audit.GetProperty("entries")[0].GetProperty("requestId").GetString()!;
        Assert.Matches("^[0-9a-f]{32}$", recorded);
        Assert.NotEqual("0af7651916cd43dd8448eb211c80319c", recorded);
        Assert.Equal(answer.Headers.GetValues("X-Request-Id").Single(), recorded);
    }

    [Fact]
    public async Task A_malformed_grpc_frame_is_invalid_argument_without_exception_text()
    {
        using var client = new HttpClient
        {
            BaseAddress = system.GatewayGrpc,
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        foreach (
            var frame in new[]
            {
                new byte[] { 0, 0, 0, 0, 9, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF },
                [0, 0, 0, 1, 0, 1, 2],
                [7, 7],
            }
        )
        {
            var content = new ByteArrayContent(frame);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/hfi.planning.v1.PlanningApi/GetArena")
            {
                Content = content,
                Version = HttpVersion.Version20,
                VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            };
            request.Headers.TryAddWithoutValidation("TE", "trailers");
            using var answer = await client.SendAsync(request);
            await answer.Content.ReadAsByteArrayAsync();
            var status =
                answer.TrailingHeaders.TryGetValues("grpc-status", out var s) ? s.Single()
                : answer.Headers.TryGetValues("grpc-status", out var h) ? h.Single()
                : null;
            var message = answer.TrailingHeaders.TryGetValues("grpc-message", out var m)
                ? Uri.UnescapeDataString(m.Single())
                : "";
            Assert.True(
                status == "3",
                $"{Convert.ToHexString(frame)}: HTTP {(int)answer.StatusCode}, grpc-status {status}, {answer.Headers} {answer.Content.Headers} {answer.TrailingHeaders}"
            );
            Assert.DoesNotContain("Exception", message);
        }
    }

    private IEnumerable<(string What, HttpRequestMessage Request, HttpClient Client)> HostileRequestsFor(ApiRoute route)
    {
        var hasParameters = Parameter().IsMatch(route.Template);
        var takesBody = route.Method is "POST" or "PUT" or "PATCH";
        if (hasParameters)
        {
            // A NUL in the path is refused by the web server itself (a bare 400); a bell reaches our checks.
            foreach (
                var (what, value) in new[]
                {
                    ("NUL in the path", "a%00b"),
                    ("a control character in the path", "a%07b"),
                }
            )
            {
                var path = Parameter()
                    .Replace(route.Template, match => match.Groups[1].Value == "year" ? "99999999999" : value);
                var request = new HttpRequestMessage(new HttpMethod(route.Method), path);
                if (takesBody)
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                yield return (what, request, _secretariat);
            }
        }
        if (takesBody && route.Template != "/api/auth/dev-sign-in")
        {
            var path = Parameter()
                .Replace(route.Template, match => match.Groups[1].Value == "year" ? "2030" : Guid.NewGuid().ToString());
            var anonymous = system.CreateClient();
            yield return (
                "anonymous, broken body",
                new HttpRequestMessage(new HttpMethod(route.Method), path)
                {
                    Content = new StringContent("{\"a\":", Encoding.UTF8, "application/json"),
                },
                anonymous
            );
            yield return (
                "broken body",
                new HttpRequestMessage(new HttpMethod(route.Method), path)
                {
                    Content = new StringContent("{\"a\":", Encoding.UTF8, "application/json"),
                },
                _secretariat
            );
            yield return (
                "NUL everywhere",
                new HttpRequestMessage(new HttpMethod(route.Method), path)
                {
                    Content = new StringContent(NulEverywhere, Encoding.UTF8, "application/json"),
                },
                _secretariat
            );
        }
    }

    // Every field name the APIs use for text, each holding a NUL: whichever the route reads is refused.
    private const string NulEverywhere =
        """{"title":"a\u0000","name":"a\u0000","note":"a\u0000","arenaId":"a\u0000","meetingId":"a\u0000","memberId":"a\u0000","description":"a\u0000","owner":"a\u0000","personName":"a\u0000","email":"a\u0000","place":"a\u0000","approvalCase":"a\u0000","dateText":"a\u0000","reason":"a\u0000","exemptionBasis":"a\u0000","itemIds":["a\u0000"],"amendedText":"a\u0000","substituteEmail":"a\u0000","caseItemId":"a\u0000","giverMemberId":"a\u0000","holderMemberId":"a\u0000","requestId":"a\u0000","itemId":"a\u0000","audience":"a\u0000","dueDate":"a\u0000"}""";

    private void AssertRefusal(string name, HttpResponseMessage answer, string body)
    {
        if (HostileInputs.Internals.FirstOrDefault(body.Contains) is { } leak)
            Assert.Fail($"{name}: the answer leaks '{leak}': {body}");
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Matches("^[A-Z0-9_]+$", problem.RootElement.GetProperty("reason").GetString());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(detail), $"{name}: no Norwegian detail");
    }

    /// <summary>
    /// What a hostile request must not change: the newest audit entry of every service, and the meeting's reads.
    /// </summary>
    private async Task<string> StateAsync()
    {
        var state = new StringBuilder();
        foreach (var service in Services)
        {
            var audit = await _secretariat.GetFromJsonAsync<JsonElement>($"/api/{service}/audit?pageSize=1");
            state.AppendLine(
                $"{service}: {audit.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).FirstOrDefault()}"
            );
        }
        foreach (
            var path in new[]
            {
                $"/api/meetings/{_meetingId}",
                $"/api/meetings/{_meetingId}/agenda",
                $"/api/documents/meetings/{_meetingId}/attachments",
                $"/api/planning/arenas/{_arenaId}",
            }
        )
        {
            state.AppendLine(await _secretariat.GetStringAsync(path));
        }
        return state.ToString();
    }

    private string? TokenOf(Sender sender) =>
        sender switch
        {
            Sender.Secretariat => system.Tokens.Issue(_subject, HfiRoles.Secretariat, name: "Fiendtlig Test"),
            Sender.Member => system.Tokens.Issue(
                "fiendtlig-medlem",
                HfiRoles.Member,
                PartnerKinds.Municipal,
                "hamar",
                email: "fiendtlig@hamar.kommune.no"
            ),
            // alg "none" with the secretariat's claims.
            Sender.ForgedToken =>
                "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ4Iiwicm9sZSI6InNlY3JldGFyaWF0IiwiaXNzIjoiaGZpLWRldiIsImF1ZCI6ImhmaSJ9.",
            _ => null,
        };

    private string Fill(string path) =>
        path.Replace("{meeting}", _meetingId).Replace("{arena}", _arenaId).Replace("{attachment}", _attachmentId);

    /// <summary>A JSON body with the ids of the meeting, arena and attachment put in for their placeholders.</summary>
    private async Task<HttpContent?> FilledAsync(HttpContent? content)
    {
        if (content is not StringContent json)
            return content;
        return new StringContent(
            Fill(await json.ReadAsStringAsync()),
            Encoding.UTF8,
            json.Headers.ContentType!.MediaType!
        );
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";

    [GeneratedRegex(@"\{([a-zA-Z_]+)(?:=[^}]*)?\}")]
    private static partial Regex Parameter();
}
