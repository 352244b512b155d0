using System.Diagnostics;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Grpc;

namespace Hfi.Gateway.Extensions;

internal static class PipelineExtensions
{
    public const string RequestIdHeader = "X-Request-Id";
    public const string ClientRequestIdHeader = "X-Client-Request-Id";
    private const int MaxClientRequestIdLength = 64;

    /// <summary>
    /// A request id we make on every request (the trace id an operator finds it under), forwarded downstream and
    /// returned. The caller's own X-Request-Id is never taken for ours: it travels apart as X-Client-Request-Id,
    /// cut to 64 characters of letters, digits and ".-_:". Errors the gateway itself produces (an unreachable
    /// service, a bad request) answer with problem details carrying a reason code.
    /// </summary>
    public static WebApplication UseGatewayPipeline(this WebApplication app)
    {
        app.Use(
            async (context, next) =>
            {
                Security.IncomingTraceContext.RemoveFrom(context.Request.Headers);
                var clientId = Sanitised(context.Request.Headers[RequestIdHeader].ToString());
                context.Request.Headers.Remove(ClientRequestIdHeader);
                if (clientId.Length > 0)
                    context.Request.Headers[ClientRequestIdHeader] = clientId;
                var requestId = Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
                context.Request.Headers[RequestIdHeader] = requestId;
                context.Response.Headers[RequestIdHeader] = requestId;
                context.TraceIdentifier = requestId;
                await next(context);
            }
        );
        app.UseHfiErrorAnswers();
        return app;
    }

    private static string Sanitised(string id) =>
        new([
            .. id.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or ':')
                .Take(MaxClientRequestIdLength),
        ]);

    public static WebApplication MapUnknownRoutesToProblemDetails(this WebApplication app)
    {
        app.MapFallback(() =>
            ErrorMapping.Problem(StatusCodes.Status404NotFound, Reasons.RouteNotFound, "No route matches the request.")
        );
        return app;
    }
}
