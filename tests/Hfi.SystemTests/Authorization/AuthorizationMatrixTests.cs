using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Hfi.ServiceDefaults.Identity;

namespace Hfi.SystemTests.Authorization;

/// <summary>
/// Every API route × {anonymous, hospital member, municipal member, secretariat, observer} through the gateway against
/// the
/// running system, with the status each must get. Ids in paths are ids that do not exist, so no call changes
/// anything: 401/403 must come before the lookup, and where the caller is allowed the table says 404 (or 400
/// for a body that is not valid).
/// </summary>
[Collection(SystemCollection.Name)]
public sealed partial class AuthorizationMatrixTests(RunningSystem system)
{
    [Fact]
    public async Task Every_route_answers_each_kind_of_caller_as_the_table_says()
    {
        var routes = ApiRoutes.All();
        var callers = Callers();
        var mismatches = new List<string>();
        var actualTable = new StringBuilder();

        foreach (var route in routes)
        {
            var actual = new int[callers.Length];
            for (var i = 0; i < callers.Length; i++)
            {
                using var client = system.CreateClient(callers[i]);
                using var answer = await client.SendAsync(RequestFor(route));
                actual[i] = (int)answer.StatusCode;
            }

            actualTable.AppendLine($"        [\"{route}\"] = new({string.Join(", ", actual)}),");
            if (!AuthorizationMatrix.Expected.TryGetValue(route.ToString(), out var expected))
            {
                mismatches.Add($"{route}: no expectation in the table");
            }
            else if (!expected.AsArray().SequenceEqual(actual))
            {
                mismatches.Add(
                    $"{route}: expected {string.Join("/", expected.AsArray())}, got {string.Join("/", actual)}"
                );
            }
        }

        var stale = AuthorizationMatrix.Expected.Keys.Except(routes.Select(r => r.ToString())).ToList();
        mismatches.AddRange(stale.Select(key => $"{key}: in the table but no such route"));
        Assert.True(
            mismatches.Count == 0,
            $"{string.Join(Environment.NewLine, mismatches)}{Environment.NewLine}{Environment.NewLine}Actual:{Environment.NewLine}{actualTable}"
        );
    }

    /// <summary>
    /// anonymous, hospital member, municipal member, secretariat, observer — in the table's column order.
    /// </summary>
    private string?[] Callers() =>
        [
            null,
            system.Tokens.Issue(
                "matrise-sykehus",
                HfiRoles.Member,
                PartnerKinds.Hospital,
                "sykehuset-innlandet",
                "Matrise Sykehus",
                email: "matrise.sykehus@sykehuset-innlandet.no"
            ),
            system.Tokens.Issue(
                "matrise-kommune",
                HfiRoles.Member,
                PartnerKinds.Municipal,
                "hamar",
                "Matrise Kommune",
                email: "matrise.kommune@hamar.kommune.no"
            ),
            system.Tokens.Issue(
                "matrise-sekretariat",
                HfiRoles.Secretariat,
                name: "Matrise Sekretariat",
                email: "matrise.sekretariat@helsefellesskap-innlandet.no"
            ),
            system.Tokens.Issue(
                "matrise-observator",
                HfiRoles.Observer,
                PartnerKinds.Municipal,
                "hamar",
                "Matrise Observatør",
                email: "matrise.observator@statsforvalteren.no"
            ),
        ];

    private static HttpRequestMessage RequestFor(ApiRoute route)
    {
        var request = new HttpRequestMessage(
            new HttpMethod(route.Method),
            Parameter().Replace(route.Template, match => ValueOf(match.Groups[1].Value))
        );
        if (route.Method is "POST" or "PUT" or "PATCH")
            request.Content = JsonContent.Create(new { });
        return request;
    }

    /// <summary>An id of the right shape that names nothing.</summary>
    private static string ValueOf(string parameter) =>
        parameter == "year" ? "1999" : "00000000-0000-7000-8000-000000000000";

    [GeneratedRegex(@"\{([a-zA-Z_]+)(?:=[^}]*)?\}")]
    private static partial Regex Parameter();
}
