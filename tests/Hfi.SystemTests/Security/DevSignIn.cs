using System.Net.Http.Json;
using System.Text.Json;

namespace Hfi.SystemTests.Security;

/// <summary>Signs in as a demo user through the gateway's development sign-in, as the web UI does.</summary>
internal static class DevSignIn
{
    public static async Task<HttpClient> SignedInClientAsync(this RunningSystem system, string user)
    {
        using var anonymous = system.CreateClient();
        using var answer = await anonymous.PostAsJsonAsync("/api/auth/dev-sign-in", new { user });
        answer.EnsureSuccessStatusCode();
        var token = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        return system.CreateClient(token);
    }
}
