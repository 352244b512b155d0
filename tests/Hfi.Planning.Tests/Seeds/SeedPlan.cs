using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Hfi.Planning.Tests.Seeds;

/// <summary>
/// The secretariat's real 2025 annual plan (case 33/24), exactly as pasted: prose, titles, repeated headers.
/// </summary>
public static class SeedPlan
{
    public static string Text2025 =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "arsplan-2025.txt"));

    /// <summary>Imports the plan and approves it by case 33/24 as the secretariat did, so that it is public.</summary>
    public static async Task ImportAndApproveAsync(HttpClient secretariat)
    {
        var imported = await secretariat.PostAsync(
            "/api/planning/plans/2025/import",
            new StringContent(Text2025, Encoding.UTF8, "text/plain")
        );
        imported.EnsureSuccessStatusCode();
        var version = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        (
            await secretariat.PostAsJsonAsync(
                "/api/planning/plans/2025/approve",
                new { approvalCase = "sak 33/24", expectedVersion = version }
            )
        ).EnsureSuccessStatusCode();
    }
}
