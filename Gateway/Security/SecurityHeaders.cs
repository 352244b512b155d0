namespace Hfi.Gateway.Security;

internal static class SecurityHeaders
{
    /// <summary>
    /// The web UI is plain files from this origin with no inline script or style, so everything may come from 'self'
    /// only; nobody may frame it.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>On every answer: the gateway's own, a static file, or a service's through the proxy.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var strictTransport = !app.Environment.IsDevelopment();
        app.Use(
            (context, next) =>
            {
                context.Response.OnStarting(() =>
                {
                    var headers = context.Response.Headers;
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    headers.XContentTypeOptions = "nosniff";
                    headers.XFrameOptions = "DENY";
                    headers["Referrer-Policy"] = "no-referrer";
                    headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
                    headers["Cross-Origin-Opener-Policy"] = "same-origin";
                    if (strictTransport)
                        headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
                    return Task.CompletedTask;
                });
                return next(context);
            }
        );
        return app;
    }
}
