using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hfi.Testing;
using Microsoft.AspNetCore.Http;

namespace Hfi.Gateway.Tests;

public sealed class HardeningTests : IAsyncLifetime
{
    private const string ForeignOrigin = "https://evil.example";

    private readonly GatewayFactory _limited = new(
        "Development",
        [
            new("Gateway:Limits:PermitsPerWindow", "3"),
            new("Gateway:Limits:SignInPermitsPerWindow", "2"),
            new("Gateway:Limits:Window", "00:10:00"),
        ]
    );

    private readonly GatewayFactory _behindProxy = new(
        "Development",
        [
            new("Gateway:Limits:PermitsPerWindow", "3"),
            new("Gateway:Limits:Window", "00:10:00"),
            new("Gateway:ForwardedHeaders:KnownProxies:0", "10.0.0.1"),
        ]
    );

    private readonly GatewayFactory _development = new("Development");
    private readonly GatewayFactory _production = new("Production");
    private readonly GatewayFactory _withAllowedOrigin = new(
        "Development",
        [new("Gateway:Cors:AllowedOrigins:0", "https://kommune.example")]
    );

    [Fact]
    public async Task A_caller_over_the_limit_gets_a_429_problem_with_retry_after_while_others_go_on()
    {
        using var anonymous = _limited.CreateClient();
        using var signedIn = _limited.CreateClient();
        signedIn.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            TestIdentity.HospitalMember
        );

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/auth/me")).StatusCode);
        var refused = await anonymous.GetAsync("/api/auth/me");
        var otherCaller = await signedIn.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After should say when to come back");
        Assert.Equal(HttpStatusCode.OK, otherCaller.StatusCode);
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_client_has_its_own_limit_and_a_forwarded_address_from_anyone_else_changes_nothing()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(
                401,
                (await CallAsync(_behindProxy, from: "10.0.0.1", forwardedFor: "203.0.113.10")).StatusCode
            );
        }

        var sameClient = await CallAsync(_behindProxy, from: "10.0.0.1", forwardedFor: "203.0.113.10");
        var otherClient = await CallAsync(_behindProxy, from: "10.0.0.1", forwardedFor: "203.0.113.11");

        Assert.Equal(429, sameClient.StatusCode);
        Assert.Equal(401, otherClient.StatusCode);

        // With no proxy configured, a client cannot escape its limit by naming other addresses.
        for (var i = 0; i < 3; i++)
            await CallAsync(_limited, from: "198.51.100.7", forwardedFor: $"203.0.113.{i}");
        Assert.Equal(429, (await CallAsync(_limited, from: "198.51.100.7", forwardedFor: "203.0.113.99")).StatusCode);
    }

    [Fact]
    public async Task A_proxy_network_that_is_no_network_stops_the_start_naming_it()
    {
        await using var misconfigured = new GatewayFactory(
            "Development",
            [new("Gateway:ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33")]
        );

        var error = Assert.ThrowsAny<Exception>(() => misconfigured.CreateClient());

        Assert.Contains("'10.0.0.0/33' is not a network in CIDR notation", error.ToString());
    }

    private static async Task<HttpResponse> CallAsync(GatewayFactory gateway, string from, string forwardedFor) =>
        (
            await gateway.Server.SendAsync(context =>
            {
                context.Request.Method = "GET";
                context.Request.Path = "/api/auth/me";
                context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(from);
                context.Request.Headers["X-Forwarded-For"] = forwardedFor;
            })
        ).Response;

    [Fact]
    public async Task The_sign_in_has_a_stricter_limit_of_its_own()
    {
        using var client = _limited.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestIdentity.Secretariat);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(
                (await client.PostAsJsonAsync("/api/auth/dev-sign-in", new { user = "sekretariat" })).StatusCode
            );
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task An_oversize_api_body_is_a_413_problem_before_it_reaches_a_service()
    {
        using var client = _development.CreateClient();
        using var body = new ByteArrayContent(new byte[1024 * 1024 + 1]);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var answer = await client.PostAsync("/api/meetings", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/documents/meetings/5f0c8c52-7d0e-4a43-a0a4-6f1f7a7d1c11/attachments", 8 * 1024 * 1024)]
    [InlineData("/api/planning/plans/2025/import", 3 * 1024 * 1024)]
    public async Task Uploads_are_left_to_their_own_limits(string path, int size)
    {
        using var client = _development.CreateClient();
        using var body = new ByteArrayContent(new byte[size]);

        var answer = await client.PostAsync(path, body);

        // No service runs behind this gateway: getting as far as the proxy is the point.
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
    }

    [Fact]
    public async Task A_foreign_origin_gets_no_cors_permission()
    {
        using var client = _development.CreateClient();

        var simple = await client.SendAsync(WithOrigin(HttpMethod.Get, "/api/auth/me", ForeignOrigin));
        var preflight = await client.SendAsync(Preflight(ForeignOrigin));

        Assert.False(simple.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task An_origin_on_the_allow_list_gets_cors_permission()
    {
        using var client = _withAllowedOrigin.CreateClient();

        var preflight = await client.SendAsync(Preflight("https://kommune.example"));
        var foreign = await client.SendAsync(Preflight(ForeignOrigin));

        Assert.Equal("https://kommune.example", preflight.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(foreign.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/api/auth/me", HttpStatusCode.Unauthorized)]
    [InlineData("/api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/arsplan", HttpStatusCode.OK)]
    public async Task Every_answer_carries_the_security_headers(string path, HttpStatusCode status)
    {
        using var client = _development.CreateClient();

        var answer = await client.GetAsync(path);

        Assert.Equal(status, answer.StatusCode);
        AssertSecurityHeaders(answer);
        Assert.False(
            answer.Headers.Contains("Strict-Transport-Security"),
            "no HSTS on a developer's plain-HTTP localhost"
        );
    }

    [Fact]
    public async Task Outside_development_answers_also_demand_https()
    {
        using var client = _production.CreateClient();

        var answer = await client.GetAsync("/api/auth/me");

        AssertSecurityHeaders(answer);
        Assert.StartsWith("max-age=", answer.Headers.GetValues("Strict-Transport-Security").Single());
    }

    internal static void AssertSecurityHeaders(HttpResponseMessage answer)
    {
        var csp = answer.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", answer.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", answer.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", answer.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", answer.Headers.GetValues("Permissions-Policy").Single());
    }

    private static HttpRequestMessage WithOrigin(HttpMethod method, string path, string origin)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Origin", origin);
        return request;
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = WithOrigin(HttpMethod.Options, "/api/meetings", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _limited.DisposeAsync();
        await _behindProxy.DisposeAsync();
        await _development.DisposeAsync();
        await _production.DisposeAsync();
        await _withAllowedOrigin.DisposeAsync();
    }
}
