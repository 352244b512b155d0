using Microsoft.AspNetCore.Authentication;

namespace Hfi.Gateway.Identity;

internal static class BearerTokenExtensions
{
    /// <summary>
    /// The gateway validates bearer tokens exactly as the services do: a token that fails (expired, forged, for
    /// another audience) is refused here with a 401 problem; a request without one passes, and each service decides
    /// what an anonymous caller may see.
    /// </summary>
    public static WebApplication UseBearerTokens(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var result = await context.AuthenticateAsync();
            if (result.Succeeded)
            {
                context.User = result.Principal;
            }
            else if (result.Failure is not null)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
                await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Invalid token",
                    detail: "The bearer token is invalid or has expired; sign in again.").ExecuteAsync(context);
                return;
            }

            await next(context);
        });
        return app;
    }
}
