using System.Net.Http.Headers;
using System.Text;

namespace Hfi.SystemTests.Security;

/// <summary>Who sends a hostile request.</summary>
public enum Sender
{
    Anonymous,
    Secretariat,
    Member,
    ForgedToken,
}

/// <summary>
/// One hostile request and what it must get: the status, and a text the answer must contain that names what was
/// wrong (a field or a reason code). Paths may hold {meeting}, {arena} and {attachment}, filled with real ids.
/// </summary>
public sealed record HostileCase(
    string Name,
    string Method,
    string Path,
    Sender As,
    int Status,
    string Names,
    Func<HttpContent?> Body
)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public override string ToString() => Name;
}

/// <summary>
/// The corpus of hostile inputs: malformed bodies, names, dates, enums, files and tokens. To add a case, add a line.
/// </summary>
public static class HostileInputs
{
    private const string Meeting =
        """{"arenaId":"{arena}","title":"Hostile","startsAt":"2030-03-01T09:00:00Z","endsAt":"2030-03-01T12:00:00Z"}""";

    public static readonly IReadOnlyList<HostileCase> All =
    [
        // Malformed JSON, answered with where it broke, never an exception, a source path or the caller's headers.
        new(
            "sign-in with a cut-off body",
            "POST",
            "/api/auth/dev-sign-in",
            Sender.Anonymous,
            400,
            "MALFORMED_JSON",
            () => Json("""{"user":""")
        ),
        new(
            "sign-in with a cut-off body asking for HTML",
            "POST",
            "/api/auth/dev-sign-in",
            Sender.Anonymous,
            400,
            "MALFORMED_JSON",
            () => Json("""{"user":""")
        )
        {
            Headers = new Dictionary<string, string> { ["Accept"] = "text/html", ["Cookie"] = "session=secret-cookie" },
        },
        new(
            "meeting with a cut-off body",
            "POST",
            "/api/meetings",
            Sender.Secretariat,
            400,
            "MALFORMED_JSON",
            () => Json("""{"title":""")
        ),
        new(
            "meeting with an empty body",
            "POST",
            "/api/meetings",
            Sender.Secretariat,
            400,
            "EMPTY_BODY",
            () => Json("")
        ),
        new(
            "meeting with an array for a body",
            "POST",
            "/api/meetings",
            Sender.Secretariat,
            400,
            "body",
            () => Json("[]")
        ),
        new(
            "meeting nested 100 deep",
            "POST",
            "/api/meetings",
            Sender.Secretariat,
            400,
            "MALFORMED_JSON",
            () => Json(new string('[', 100) + new string(']', 100))
        ),
        // NUL bytes and control characters, in queries, paths and bodies.
        new(
            "meetings of an arena id with NUL",
            "GET",
            "/api/meetings?arenaId=a%00b",
            Sender.Anonymous,
            400,
            "arena_id",
            () => null
        ),
        new(
            "planned meetings of an arena id with NUL",
            "GET",
            "/api/planning/planned-meetings?arenaId=a%00b",
            Sender.Anonymous,
            400,
            "arena_id",
            () => null
        ),
        new(
            "partners of a region id with NUL",
            "GET",
            "/api/planning/partners?regionId=%00",
            Sender.Anonymous,
            400,
            "region_id",
            () => null
        ),
        new(
            "audit of an entity id with NUL",
            "GET",
            "/api/meetings/audit?entityId=a%00b",
            Sender.Secretariat,
            400,
            "entityId",
            () => null
        ),
        new(
            "arena path with a control character",
            "GET",
            "/api/planning/arenas/a%07b",
            Sender.Anonymous,
            400,
            "arena_id",
            () => null
        ),
        new(
            "meeting path with a line break",
            "GET",
            "/api/meetings/a%0Ab",
            Sender.Anonymous,
            400,
            "meeting_id",
            () => null
        ),
        new(
            "meeting title with NUL",
            "POST",
            "/api/meetings",
            Sender.Secretariat,
            400,
            "TEXT_NUL_CHARACTER",
            () => Json(Meeting.Replace("Hostile", "Hos\\u0000tile"))
        ),
        new(
            "meeting title with a line break",
            "POST",
            "/api/meetings",
            Sender.Secretariat,
            400,
            "TEXT_LINE_BREAK",
            () => Json(Meeting.Replace("Hostile", "Hostile\\r\\nInjected: yes"))
        ),
        new(
            "meeting title with a bell",
            "POST",
            "/api/meetings",
            Sender.Secretariat,
            400,
            "TEXT_CONTROL_CHARACTER",
            () => Json(Meeting.Replace("Hostile", "Hos\\u0007tile"))
        ),
        new(
            "arena name with NUL",
            "POST",
            "/api/planning/arenas",
            Sender.Secretariat,
            400,
            "name",
            () => Json("""{"name":"Fagr\u0000d","kind":"ARENA_KIND_OTHER"}""")
        ),
        new(
            "arena name of 100 001 characters",
            "POST",
            "/api/planning/arenas",
            Sender.Secretariat,
            400,
            "TEXT_TOO_LONG",
            () => Json($$"""{"name":"{{new string('x', 100_001)}}","kind":"ARENA_KIND_OTHER"}""")
        ),
        new(
            "agenda item title with NUL",
            "POST",
            "/api/meetings/{meeting}/agenda/items",
            Sender.Secretariat,
            400,
            "title",
            () =>
                Json(
                    """{"kind":"AGENDA_ITEM_KIND_CASE","title":"a\u0000b","durationMinutes":10,"caseType":"CASE_TYPE_ORIENTERING"}"""
                )
        ),
        // Values out of range or of the wrong type, naming the field, without .NET type names.
        new(
            "meeting in the year 9999",
            "POST",
            "/api/meetings",
            Sender.Secretariat,
            400,
            "MEETING_OUTSIDE_WINDOW",
            () =>
                Json(
                    Meeting
                        .Replace("2030-03-01T09:00:00Z", "9999-12-31T09:00:00Z")
                        .Replace("2030-03-01T12:00:00Z", "9999-12-31T12:00:00Z")
                )
        ),
        new(
            "meeting from year 1 to 2027",
            "POST",
            "/api/meetings",
            Sender.Secretariat,
            400,
            "starts_at",
            () => Json(Meeting.Replace("2030-03-01T09:00:00Z", "0001-01-01T00:00:00Z"))
        ),
        new(
            "meeting that ends before it starts",
            "POST",
            "/api/meetings",
            Sender.Secretariat,
            400,
            "ends_at",
            () => Json(Meeting.Replace("2030-03-01T12:00:00Z", "2030-03-01T08:00:00Z"))
        ),
        new(
            "meeting of two weeks",
            "POST",
            "/api/meetings",
            Sender.Secretariat,
            400,
            "MEETING_TOO_LONG",
            () => Json(Meeting.Replace("2030-03-01T12:00:00Z", "2030-03-15T12:00:00Z"))
        ),
        new(
            "meeting with a number for a title",
            "POST",
            "/api/meetings",
            Sender.Secretariat,
            400,
            "title",
            () => Json("""{"arenaId":"x","title":123}""")
        ),
        new(
            "meeting with a word for a start",
            "POST",
            "/api/meetings",
            Sender.Secretariat,
            400,
            "starts_at",
            () => Json("""{"arenaId":"x","title":"t","startsAt":true}""")
        ),
        new(
            "agenda item with text for minutes",
            "POST",
            "/api/meetings/{meeting}/agenda/items",
            Sender.Secretariat,
            400,
            "duration_minutes",
            () => Json("""{"kind":"AGENDA_ITEM_KIND_CASE","title":"t","durationMinutes":"abc"}""")
        ),
        new(
            "agenda item of 10^12 minutes",
            "POST",
            "/api/meetings/{meeting}/agenda/items",
            Sender.Secretariat,
            400,
            "duration_minutes",
            () => Json("""{"kind":"AGENDA_ITEM_KIND_CASE","title":"t","durationMinutes":1000000000000}""")
        ),
        new(
            "agenda item of an unknown kind",
            "POST",
            "/api/meetings/{meeting}/agenda/items",
            Sender.Secretariat,
            400,
            "UNKNOWN_CHOICE",
            () => Json("""{"kind":"AGENDA_ITEM_KIND_PARTY","title":"t","durationMinutes":10}""")
        ),
        new(
            "public access 7",
            "PATCH",
            "/api/documents/attachments/{attachment}/access",
            Sender.Secretariat,
            400,
            "public_access",
            () => Json("""{"publicAccess":7}""")
        ),
        new(
            "public access by a name that is none",
            "PATCH",
            "/api/documents/attachments/{attachment}/access",
            Sender.Secretariat,
            400,
            "UNKNOWN_CHOICE",
            () => Json("""{"publicAccess":"PUBLIC_ACCESS_SECRET"}""")
        ),
        new(
            "arena of kind 99",
            "POST",
            "/api/planning/arenas",
            Sender.Secretariat,
            400,
            "kind",
            () => Json("""{"name":"Fagråd 99","kind":99}""")
        ),
        // Authentication before the body; a body limit on every route.
        new(
            "anonymous meeting with a broken body",
            "POST",
            "/api/meetings",
            Sender.Anonymous,
            401,
            "UNAUTHENTICATED",
            () => Json("""{"title":""")
        ),
        new(
            "anonymous access change",
            "PATCH",
            "/api/documents/attachments/{attachment}/access",
            Sender.Anonymous,
            401,
            "UNAUTHENTICATED",
            () => Json("""{"publicAccess":"PUBLIC_ACCESS_EXEMPT"}""")
        ),
        new(
            "anonymous 2 MB access change",
            "PATCH",
            "/api/documents/attachments/{attachment}/access",
            Sender.Anonymous,
            413,
            "BODY_TOO_LARGE",
            () => Json(new string(' ', 2 * 1024 * 1024) + "{}")
        ),
        new(
            "signed-in 2 MB access change",
            "PATCH",
            "/api/documents/attachments/{attachment}/access",
            Sender.Secretariat,
            413,
            "BODY_TOO_LARGE",
            () => Json("{" + new string(' ', 2 * 1024 * 1024) + "}")
        ),
        new("forged token", "GET", "/api/auth/me", Sender.ForgedToken, 401, "INVALID_TOKEN", () => null),
        new(
            "forged token on a write",
            "POST",
            "/api/meetings",
            Sender.ForgedToken,
            401,
            "INVALID_TOKEN",
            () => Json(Meeting)
        ),
        // Broken uploads.
        new(
            "upload without its closing boundary",
            "POST",
            "/api/documents/meetings/{meeting}/attachments",
            Sender.Secretariat,
            400,
            "MALFORMED_UPLOAD",
            () =>
                Multipart(
                    "--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nVedlegg\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhei"
                )
        ),
        new(
            "upload with NUL in its title",
            "POST",
            "/api/documents/meetings/{meeting}/attachments",
            Sender.Secretariat,
            400,
            "title",
            () =>
                Multipart(
                    "--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nVed\0legg\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhei\r\n--b--\r\n"
                )
        ),
        new(
            "upload of garbage as multipart",
            "POST",
            "/api/documents/meetings/{meeting}/attachments",
            Sender.Secretariat,
            400,
            "reason",
            () => Multipart("\0\0\0garbage")
        ),
        new(
            "upload with no file",
            "POST",
            "/api/documents/meetings/{meeting}/attachments",
            Sender.Secretariat,
            400,
            "UPLOAD_HAS_NO_FILE",
            () => Multipart("--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nVedlegg\r\n--b--\r\n")
        ),
        new(
            "plan import of a broken workbook",
            "POST",
            "/api/planning/plans/2031/import",
            Sender.Secretariat,
            400,
            "PLAN_FILE_UNREADABLE",
            () =>
                Raw(
                    "PK\u0003\u0004 not a workbook",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                )
        ),
    ];

    /// <summary>
    /// What no answer may contain: stack traces, source paths, tokens, exception names, internal addresses.
    /// </summary>
    public static readonly string[] Internals =
    [
        "   at ",
        "/work/",
        "Bearer",
        "Exception",
        "127.0.0.1",
        "secret-cookie",
        "Npgsql",
        "System.",
        "Hfi.",
    ];

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static ByteArrayContent Multipart(string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        return content;
    }

    private static ByteArrayContent Raw(string body, string type)
    {
        var content = new ByteArrayContent(Encoding.Latin1.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        return content;
    }
}
