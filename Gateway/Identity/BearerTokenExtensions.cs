using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Grpc;
using Microsoft.AspNetCore.Authentication;

namespace Hfi.Gateway.Identity;

internal static class BearerTokenExtensions
{
    /// <summary>
    /// The gateway validates bearer tokens exactly as the services do: a token that fails (expired, forged, for
    /// another audience) is refused here with a 401 problem; a request without one passes, and each service decides
    /// what an anonymous caller may see. An anonymous REST write is refused here, before its body is read.
    /// </summary>
    public static WebApplication UseBearerTokens(this WebApplication app)
    {
        app.Use(
            async (context, next) =>
            {
                var result = await context.AuthenticateAsync();
                if (result.Succeeded)
                {
                    context.User = result.Principal;
                }
                else if (result.Failure is not null)
                {
                    context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
                    await ErrorMapping
                        .Problem(
                            StatusCodes.Status401Unauthorized,
                            Reasons.InvalidToken,
                            "The bearer token is invalid or has expired; sign in again."
                        )
                        .ExecuteAsync(context);
                    return;
                }

                if (result.None && IsApiWrite(context.Request))
                {
                    // Refused before a byte of the body is read: no anonymous caller changes anything.
                    context.Response.Headers.WWWAuthenticate = "Bearer";
                    await ErrorMapping
                        .Problem(
                            StatusCodes.Status401Unauthorized,
                            Reasons.Unauthenticated,
                            "Sign in (send a bearer token) to change anything."
                        )
                        .ExecuteAsync(context);
                    return;
                }

                await next(context);
            }
        );
        return app;
    }

    /// <summary>
    /// A REST call that changes something; the development sign-in is the one write made before signing in.
    /// </summary>
    private static bool IsApiWrite(HttpRequest request) =>
        !(
            HttpMethods.IsGet(request.Method)
            || HttpMethods.IsHead(request.Method)
            || HttpMethods.IsOptions(request.Method)
        )
        && request.Path.StartsWithSegments("/api")
        && !request.Path.StartsWithSegments(AuthEndpoints.DevSignInPath);
}
