using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Hfi.ServiceDefaults.Grpc;

/// <summary>
/// Turns a REST GET that <see cref="EntityTags.NotModified"/> found unchanged into a 304 without a body: the JSON
/// transcoder writes its answer as always, and this drops it, having set the status before the first byte. Other
/// requests pass untouched.
/// </summary>
internal sealed class NotModifiedMiddleware(RequestDelegate next)
{
    public static bool Applies(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) != true;

    public static bool IsInstalled(HttpContext context) => context.Response.Body is NotModifiedStream;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!Applies(context.Request) || !context.Request.Headers.ContainsKey(HeaderNames.IfNoneMatch))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        context.Response.Body = new NotModifiedStream(original, context);
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
    }

    private sealed class NotModifiedStream(Stream inner, HttpContext context) : WriteOnlyStream
    {
        private bool? _dropping;

        private bool Dropping()
        {
            if (_dropping is { } decided)
                return decided;
            var response = context.Response;
            _dropping =
                response.StatusCode == StatusCodes.Status200OK && context.Items.ContainsKey(EntityTags.NotModifiedItem);
            if (_dropping == true)
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentType = null;
                response.ContentLength = null;
            }
            return _dropping.Value;
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (!Dropping())
                inner.Write(buffer, offset, count);
        }

        public override ValueTask WriteAsync(
            ReadOnlyMemory<byte> buffer,
            CancellationToken cancellationToken = default
        ) => Dropping() ? ValueTask.CompletedTask : inner.WriteAsync(buffer, cancellationToken);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Dropping() ? Task.CompletedTask : inner.WriteAsync(buffer, offset, count, cancellationToken);

        public override void Flush()
        {
            Dropping();
            inner.Flush();
        }

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            Dropping();
            return inner.FlushAsync(cancellationToken);
        }
    }
}
