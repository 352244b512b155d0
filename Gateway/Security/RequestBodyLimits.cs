using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Grpc;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Hfi.Gateway.Security;

internal static class RequestBodyLimits
{
    /// <summary>
    /// Every route has a limit. An attachment upload streams through to Documents, which enforces its own configurable
    /// limit with a clear 413; a plan import carries an office file; every other body (JSON, gRPC) is small. A body
    /// declared too large is refused at once, one that turns out too large while it streams is cut off.
    /// </summary>
    public static WebApplication UseRequestBodyLimits(this WebApplication app)
    {
        app.Use(
            async (context, next) =>
            {
                var limit = LimitFor(
                    context.Request,
                    app.Services.GetRequiredService<IOptions<GatewayLimitsOptions>>().Value
                );
                if (limit is { } bytes && context.Request.ContentLength > bytes)
                {
                    await ErrorMapping
                        .Problem(
                            StatusCodes.Status413PayloadTooLarge,
                            Reasons.TooLarge,
                            $"The request body is {context.Request.ContentLength} bytes; at most {bytes} are accepted here."
                        )
                        .ExecuteAsync(context);
                    return;
                }

                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
                {
                    bodyLimit.MaxRequestBodySize = limit;
                }
                await next(context);
            }
        );
        return app;
    }

    private static long? LimitFor(HttpRequest request, GatewayLimitsOptions limits)
    {
        var path = request.Path;
        if (IsAttachmentUpload(request))
            return null;
        if (IsPlanImport(path))
            return limits.MaxPlanImportBodyBytes;
        return limits.MaxBodyBytes;
    }

    private static bool IsAttachmentUpload(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && request.Path.StartsWithSegments("/api/documents/meetings", out var rest)
        && rest.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) is [_, "attachments"];

    private static bool IsPlanImport(PathString path) =>
        path.Equals("/hfi.planning.v1.PlanningApi/ImportPlan")
        || (
            path.StartsWithSegments("/api/planning/plans", out var rest)
            && rest.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) is [_, "import"]
        );
}
