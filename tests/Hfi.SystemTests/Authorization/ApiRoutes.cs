using System.Text.RegularExpressions;

namespace Hfi.SystemTests.Authorization;

/// <summary>An API route as a verb and a path template, e.g. "GET /api/meetings/{meeting_id}".</summary>
public sealed record ApiRoute(string Method, string Template)
{
    public override string ToString() => $"{Method} {Template}";
}

/// <summary>
/// Every REST route of the system: read from the services' .proto files (each google.api.http binding, additional
/// bindings included), so that a new RPC cannot escape the matrix, plus the plain HTTP endpoints beside them.
/// </summary>
public static partial class ApiRoutes
{
    /// <summary>Endpoints that are not gRPC transcoding: file transfer, the audit logs and the gateway's own.</summary>
    private static readonly ApiRoute[] PlainHttp =
    [
        new("POST", "/api/documents/meetings/{meetingId}/attachments"),
        new("GET", "/api/documents/files/{attachmentId}"),
        new("GET", "/api/planning/audit"),
        new("GET", "/api/meetings/audit"),
        new("GET", "/api/documents/audit"),
        new("GET", "/api/notifications/audit"),
        new("GET", "/api/auth/me"),
        new("GET", "/api/auth/dev-users"),
        new("POST", "/api/auth/dev-sign-in"),
    ];

    public static IReadOnlyList<ApiRoute> All()
    {
        var services = Path.Combine(RepositoryRoot(), "Services");
        var fromProtos = Directory
            .EnumerateFiles(services, "*.proto", SearchOption.AllDirectories)
            .Where(path =>
                !path.Contains(
                    $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}",
                    StringComparison.Ordinal
                )
            )
            .SelectMany(path => HttpBinding().Matches(File.ReadAllText(path)))
            .Select(match => new ApiRoute(match.Groups["verb"].Value.ToUpperInvariant(), match.Groups["path"].Value));
        return
        [
            .. fromProtos
                .Concat(PlainHttp)
                .Distinct()
                .OrderBy(r => r.Template, StringComparer.Ordinal)
                .ThenBy(r => r.Method, StringComparer.Ordinal),
        ];
    }

    private static string RepositoryRoot()
    {
        for (
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            directory is not null;
            directory = directory.Parent
        )
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hfi.Aspire.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (Hfi.Aspire.sln) is not above the test's folder.");
    }

    [GeneratedRegex("""\b(?<verb>get|post|put|patch|delete)\s*:\s*"(?<path>/api/[^"]+)"(?<body>\s+body\s*:)?""")]
    private static partial Regex HttpBinding();
}
