using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hfi.ServiceDefaults.Identity;
using Hfi.Testing;

namespace Hfi.Gateway.Tests;

public sealed class DevSignInTests : IAsyncLifetime
{
    private readonly GatewayFactory _development = new("Development");
    private readonly GatewayFactory _production = new("Production");

    [Fact]
    public async Task Development_lists_the_demo_users_with_planning_partner_ids_and_email()
    {
        using var client = _development.CreateClient();

        var users = await client.GetFromJsonAsync<JsonElement>("/api/auth/dev-users");

        var byId = users.EnumerateArray().ToDictionary(u => u.GetProperty("id").GetString()!);
        Assert.Equal(["sekretariat", "admin", "kommune-hamar", "sykehus", "observator"], byId.Keys);
        Assert.Equal("hamar", byId["kommune-hamar"].GetProperty("partner").GetString());
        Assert.Equal("municipal", byId["kommune-hamar"].GetProperty("partnerKind").GetString());
        Assert.Equal("sykehuset-innlandet", byId["sykehus"].GetProperty("partner").GetString());
        Assert.Equal("hospital", byId["sykehus"].GetProperty("partnerKind").GetString());
        Assert.Equal("observer", byId["observator"].GetProperty("role").GetString());
        Assert.All(byId.Values, u => Assert.Contains('@', u.GetProperty("email").GetString()!));
    }

    [Fact]
    public async Task A_dev_token_signs_the_caller_in_with_every_claim()
    {
        using var client = _development.CreateClient();

        var signIn = await client.PostAsJsonAsync("/api/auth/dev-sign-in", new { user = "kommune-hamar" });
        var answer = await signIn.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            answer.GetProperty("token").GetString()
        );
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.True(answer.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(7));
        Assert.Equal("kommune-hamar", answer.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal("kommune-hamar", me.GetProperty("id").GetString());
        Assert.Equal("Ola Nordmann", me.GetProperty("name").GetString());
        Assert.Equal("member", me.GetProperty("role").GetString());
        Assert.Equal("municipal", me.GetProperty("partnerKind").GetString());
        Assert.Equal("hamar", me.GetProperty("partner").GetString());
        Assert.Equal("ola.nordmann@hamar.kommune.no", me.GetProperty("email").GetString());
    }

    [Fact]
    public async Task An_unknown_demo_user_is_a_400_naming_the_field()
    {
        using var client = _development.CreateClient();

        var signIn = await client.PostAsJsonAsync("/api/auth/dev-sign-in", new { user = "nobody" });

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        var problem = await signIn.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("user", out _));
    }

    [Theory]
    [InlineData("GET", "/api/auth/dev-users")]
    [InlineData("POST", "/api/auth/dev-sign-in")]
    public async Task Outside_development_the_dev_sign_in_does_not_exist(string method, string path)
    {
        using var client = _production.CreateClient();

        var answer = await client.SendAsync(
            new HttpRequestMessage(new HttpMethod(method), path)
            {
                Content = method == "POST" ? JsonContent.Create(new { user = "sekretariat" }) : null,
            }
        );

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }

    [Fact]
    public async Task Outside_development_me_answers_a_valid_token_and_refuses_anonymous()
    {
        using var client = _production.CreateClient();

        var anonymous = await client.GetAsync("/api/auth/me");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestIdentity.Secretariat);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal("secretariat", me.GetProperty("role").GetString());
    }

    [Fact]
    public async Task An_expired_token_is_refused_at_the_gateway_with_a_401_problem()
    {
        var issuer = new TokenIssuer(TestIdentity.Options);
        var expired = issuer.Issue("sekretariat-1", HfiRoles.Secretariat, lifetime: TimeSpan.FromMinutes(-5));
        using var client = _development.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", expired);

        var answer = await client.GetAsync("/api/planning/arenas");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused_at_the_gateway()
    {
        var forger = new TokenIssuer(
            new IdentityOptions
            {
                Issuer = TestIdentity.Options.Issuer,
                Audience = TestIdentity.Options.Audience,
                SigningKey = Convert.ToBase64String("someone-elses-key-0123456789-abcdefgh"u8.ToArray()),
            }
        );
        using var client = _development.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            forger.Issue("x", HfiRoles.Admin)
        );

        var answer = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Contains("invalid_token", answer.Headers.WwwAuthenticate.ToString());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _development.DisposeAsync();
        await _production.DisposeAsync();
    }
}
