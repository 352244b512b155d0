using Grpc.Core;
using Hfi.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hfi.ServiceDefaults.Grpc;

/// <summary>
/// The REST face of the one error mapping. A transcoded gRPC error (<c>{"code":…,"details":[…]}</c>) is answered as
/// problem details with its reason and Norwegian text; an exception from a plain HTTP endpoint is mapped the same
/// way; anything unexpected is logged and answered 500 with the trace id only, in every environment (the
/// developer exception page never sees it). gRPC calls pass untouched: their errors are statuses.
/// </summary>
internal sealed class RestErrorMiddleware(RequestDelegate next, ILogger<RestErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (IsGrpc(context.Request))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        var capture = new ErrorCapturingStream(original, context.Response);
        context.Response.Body = capture;
        try
        {
            await next(context);
        }
        catch (Exception ex)
            when (!context.Response.HasStarted && !capture.PassedThrough && Answer(ex, context) is { } answer)
        {
            context.Response.Body = original;
            context.Response.Clear();
            await answer.ExecuteAsync(context);
            return;
        }
        finally
        {
            context.Response.Body = original;
        }

        if (capture.Captured is { } body)
            await RewriteAsync(context, body);
    }

    private IResult? Answer(Exception exception, HttpContext context)
    {
        switch (exception)
        {
            case DomainException domain:
                return ErrorMapping.Problem(domain);
            case BadHttpRequestException bad:
                // Kestrel's own refusals: a body over the limit, a broken or unfinished body.
                var status = bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : StatusCodes.Status400BadRequest;
                var reason =
                    status == StatusCodes.Status413PayloadTooLarge ? Reasons.TooLarge
                    : context.Request.HasJsonContentType() ? Reasons.MalformedJson
                    : context.Request.HasFormContentType ? Reasons.MalformedUpload
                    : Reasons.Invalid;
                return ErrorMapping.Problem(status, reason, "The request could not be read.");
            case OperationCanceledException or IOException when context.RequestAborted.IsCancellationRequested:
                return null;
            case IOException or InvalidDataException:
                logger.LogWarning(
                    exception,
                    "Unreadable request body for {Method} {Path}",
                    context.Request.Method,
                    context.Request.Path
                );
                return ErrorMapping.Problem(
                    StatusCodes.Status400BadRequest,
                    Reasons.MalformedUpload,
                    "The request body is broken or incomplete."
                );
            case RpcException rpc
                when rpc.StatusCode
                    is not (
                        StatusCode.Unknown
                        or StatusCode.Internal
                        or StatusCode.Unavailable
                        or StatusCode.DeadlineExceeded
                        or StatusCode.DataLoss
                    ):
                var code = (Google.Rpc.Code)(int)rpc.StatusCode;
                var http = ErrorMapping.HttpStatusOf(code);
                return ErrorMapping.Problem(http, ErrorMapping.ReasonOfStatus(http, code), rpc.Status.Detail);
            default:
                logger.LogError(
                    exception,
                    "Unexpected error in {Method} {Path}",
                    context.Request.Method,
                    context.Request.Path
                );
                return ErrorMapping.InternalProblem();
        }
    }

    private static async Task RewriteAsync(HttpContext context, byte[] body)
    {
        var type = context.Response.ContentType ?? string.Empty;
        var problem =
            !type.Contains("json", StringComparison.OrdinalIgnoreCase) ? null
            : type.StartsWith(ErrorMapping.ProblemContentType, StringComparison.OrdinalIgnoreCase)
                ? ErrorMapping.ProblemWithReason(context.Response.StatusCode, body)
            : ErrorMapping.ProblemFromStatusJson(context.Response.StatusCode, body);
        if (problem is null)
        {
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
            return;
        }

        context.Response.ContentLength = null;
        await Results
            .Json(problem, statusCode: context.Response.StatusCode, contentType: ErrorMapping.ProblemContentType)
            .ExecuteAsync(context);
    }

    private static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// Passes a successful answer straight through; holds back an error answer (a small JSON body) so that it can
    /// be rewritten once the endpoint is done.
    /// </summary>
    private sealed class ErrorCapturingStream(Stream inner, HttpResponse response) : WriteOnlyStream
    {
        private const int MaxCaptured = 64 * 1024;
        private MemoryStream? _buffer;
        private bool _decided;

        public bool PassedThrough => _decided && _buffer is null;

        public byte[]? Captured => _buffer?.ToArray();

        private Stream Target()
        {
            if (!_decided)
            {
                _decided = true;
                if (response.StatusCode >= 400)
                    _buffer = new MemoryStream();
            }
            if (_buffer is { Length: > MaxCaptured })
            {
                // Not a small error answer after all: let it go as it is.
                var held = _buffer;
                _buffer = null;
                held.Position = 0;
                held.CopyTo(inner);
            }
            return (Stream?)_buffer ?? inner;
        }

        public override void Write(byte[] data, int offset, int count) => Target().Write(data, offset, count);

        public override ValueTask WriteAsync(
            ReadOnlyMemory<byte> data,
            CancellationToken cancellationToken = default
        ) => Target().WriteAsync(data, cancellationToken);

        public override Task WriteAsync(byte[] data, int offset, int count, CancellationToken cancellationToken) =>
            Target().WriteAsync(data, offset, count, cancellationToken);

        public override void Flush()
        {
            if (Target() == inner)
                inner.Flush();
        }

        public override Task FlushAsync(CancellationToken cancellationToken) =>
            Target() == inner ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;
    }
}
