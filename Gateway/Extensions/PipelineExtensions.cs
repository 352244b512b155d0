using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Grpc;
using System.Diagnostics;

namespace Hfi.Gateway.Extensions;

internal static class PipelineExtensions
{
    public const string RequestIdHeader = "X-Request-Id";

    /// <summary>
    /// A request id on every request (the caller's, or a new one), forwarded downstream and returned; errors the
    /// gateway itself produces (an unreachable service, a bad request) answer with RFC 7807 problem details.
    /// </summary>
    public static WebApplication UseGatewayPipeline(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var requestId = context.Request.Headers[RequestIdHeader].ToString();
            if (string.IsNullOrWhiteSpace(requestId) || requestId.Length > 128)
            {
                requestId = Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
                context.Request.Headers[RequestIdHeader] = requestId;
            }
            context.Response.Headers[RequestIdHeader] = requestId;
            context.TraceIdentifier = requestId;
            await next(context);
        });
        app.UseHfiErrorAnswers();
        return app;
    }

    public static WebApplication MapUnknownRoutesToProblemDetails(this WebApplication app)
    {
        app.MapFallback(() => ErrorMapping.Problem(StatusCodes.Status404NotFound, Reasons.RouteNotFound, "No route matches the request."));
        return app;
    }
}
