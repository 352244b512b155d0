namespace Hfi.Gateway.Extensions;

/// <summary>
/// The web UI: plain static files from wwwroot, and index.html for the page routes (the root included, which the
/// unknown-route fallback would otherwise take) so that a
/// bookmarked or reloaded page opens. API and gRPC paths never fall back to the page: an unknown one stays a 404
/// problem.
/// </summary>
internal static class WebUiExtensions
{
    private const string Shell = "index.html";

    /// <summary>The pages of the web UI (see the router in wwwroot/js/app.js).</summary>
    public static readonly IReadOnlyList<string> PageRoutes =
    [
        "/",
        "/logg-inn",
        "/arsplan",
        "/moter/{meetingId}",
        "/moter/{meetingId}/innkalling",
        "/moter/{meetingId}/forfall",
        "/moter/{meetingId}/motet",
        "/moter/{meetingId}/protokoll",
        "/moter/{meetingId}/vara/{requestId}",
        "/mine-moter",
        "/varsler",
        "/oppfolging",
        "/medlemmer",
        "/revisjonslogg",
        "/tilgjengelighet",
        "/dokumenter/{documentId}",
    ];

    // No build step means no hashed file names: browsers must ask again so that a new version is seen at once.
    private static readonly StaticFileOptions Revalidated = new()
    {
        OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
    };

    public static WebApplication UseWebUi(this WebApplication app)
    {
        app.UseStaticFiles(Revalidated);
        return app;
    }

    public static WebApplication MapWebUiPages(this WebApplication app)
    {
        foreach (var route in PageRoutes)
        {
            app.MapFallbackToFile(route, Shell, Revalidated);
        }
        return app;
    }
}
