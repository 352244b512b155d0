using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Hfi.Gateway.Security;

internal static class RequestBodyLimits
{
    /// <summary>
    /// Uploads stream through to Documents, which enforces its own configurable limit with a clear 413. A plan import
    /// carries an office file; every other API body is small JSON. A body declared too large is refused at once.
    /// </summary>
    public static WebApplication UseRequestBodyLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var limit = LimitFor(context.Request, app.Services.GetRequiredService<IOptions<GatewayLimitsOptions>>().Value);
            if (limit is { } bytes && context.Request.ContentLength > bytes)
            {
                await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large",
                    detail: $"The request body is {context.Request.ContentLength} bytes; at most {bytes} are accepted here.")
                    .ExecuteAsync(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
            {
                bodyLimit.MaxRequestBodySize = limit;
            }
            await next(context);
        });
        return app;
    }

    private static long? LimitFor(HttpRequest request, GatewayLimitsOptions limits)
    {
        var path = request.Path;
        if (path.StartsWithSegments("/api/documents") || path.StartsWithSegments("/hfi.documents.v1.DocumentsApi"))
            return null;
        if (IsPlanImport(path))
            return limits.MaxPlanImportBodyBytes;
        return limits.MaxBodyBytes;
    }

    private static bool IsPlanImport(PathString path) =>
        path.Equals("/hfi.planning.v1.PlanningApi/ImportPlan")
        || (path.StartsWithSegments("/api/planning/plans", out var rest)
            && rest.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) is [_, "import"]);
}
