using System.Security.Claims;
using Hfi.Gateway.Security;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Grpc;
using Hfi.ServiceDefaults.Identity;

namespace Hfi.Gateway.Identity;

internal static class AuthEndpoints
{
    private static readonly TimeSpan DevTokenLifetime = TimeSpan.FromHours(8);

    public const string DevSignInPath = "/api/auth/dev-sign-in";

    public sealed record DevSignInRequest(string? User);

    public sealed record DevSignInResponse(string Token, DateTimeOffset ExpiresAt, UserProfile User);

    /// <summary>
    /// /api/auth/me everywhere; the development sign-in (demo users, tokens signed with the shared dev key) only in
    /// the Development environment, so that elsewhere its routes do not exist at all.
    /// </summary>
    public static WebApplication MapAuthEndpoints(this WebApplication app)
    {
        var auth = app.MapGroup("/api/auth");
        auth.MapGet(
            "/me",
            (ClaimsPrincipal user) =>
                user.Identity?.IsAuthenticated == true
                    ? Results.Ok(ProfileOf(user))
                    : ErrorMapping.Problem(
                        StatusCodes.Status401Unauthorized,
                        Reasons.Unauthenticated,
                        "Send a bearer token to see who you are signed in as."
                    )
        );

        if (!app.Environment.IsDevelopment())
            return app;

        auth.MapGet("/dev-users", () => DemoUsers.All);
        app.MapPost(
                DevSignInPath,
                (DevSignInRequest request, TokenIssuer tokens) =>
                {
                    if (DemoUsers.Find(request.User) is not { } user)
                    {
                        return ErrorMapping.Problem(
                            new ValidationFailedException(
                                "user",
                                Reasons.NotADemoUser,
                                $"Not a demo user; choose one of {string.Join(", ", DemoUsers.All.Select(u => u.Id))}."
                            )
                        );
                    }

                    var expiresAt = DateTimeOffset.UtcNow.Add(DevTokenLifetime);
                    var token = tokens.Issue(
                        user.Id,
                        user.Role,
                        user.PartnerKind,
                        user.Partner,
                        user.Name,
                        DevTokenLifetime,
                        user.Email
                    );
                    return Results.Ok(new DevSignInResponse(token, expiresAt, user));
                }
            )
            .RequireRateLimiting(RateLimitingExtensions.SignInPolicy);
        return app;
    }

    private static UserProfile ProfileOf(ClaimsPrincipal user) =>
        new(
            user.FindFirstValue(HfiClaims.Subject) ?? string.Empty,
            user.FindFirstValue(HfiClaims.Name) ?? string.Empty,
            user.FindFirstValue(HfiClaims.Role) ?? string.Empty,
            user.FindFirstValue(HfiClaims.PartnerKind),
            user.FindFirstValue(HfiClaims.Partner),
            user.FindFirstValue(HfiClaims.Email) ?? string.Empty
        );
}
