using Hfi.Meetings.Data;
using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Grpc;
using Hfi.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;

namespace Hfi.Meetings.Grpc;

/// <summary>
/// The REST face of the hot reads (a meeting, its agenda) answered from the cache's bytes: once the JSON transcoder
/// has written a cached answer (<see cref="MeetingReads"/>), the next REST GET of it by the same audience, while the
/// meeting's version is unchanged, gets those bytes without the gRPC pipeline (the call's service and its
/// dependencies, the interceptors, the transcoder's serialisation). It runs behind authentication, authorisation and
/// the error mapping, on the endpoint routing chose, so it answers only what that endpoint would answer: the same
/// version check before every answer (<see cref="MeetingVersions"/>), the entry of the caller's own
/// <see cref="Viewer.Key"/> only, the same ETag, caching headers and 304. Anything else (gRPC calls, a query string,
/// an unknown or malformed id, a miss) goes on to the endpoint as before; a miss's answer is kept for the next read.
/// </summary>
internal sealed class CachedJsonReads(RequestDelegate next, MeetingReadCache cache, MeetingVersions versions)
{
    /// <summary>Larger answers are not kept as bytes (they are still cached as messages).</summary>
    private const int MaxBody = 256 * 1024;

    private static readonly Dictionary<string, string> Shapes = new(StringComparer.Ordinal)
    {
        [Api.MeetingsApi.Descriptor.FindMethodByName("GetAgenda").FullName] = MeetingReads.AgendaShape,
        [Api.MeetingsApi.Descriptor.FindMethodByName("GetMeeting").FullName] = MeetingReads.MeetingShape,
    };

    public async Task InvokeAsync(HttpContext context)
    {
        if (!Served(context, out var id, out var shape))
        {
            await next(context);
            return;
        }

        var ct = context.RequestAborted;
        var version = await versions.OfAsync(id, ct);
        if (version is null)
        {
            await next(context);
            return;
        }

        var key = new ReadKey(id, MeetingsService.ViewerOf(context).Key, shape);
        if (cache.TryGetJson(key, version.Value, out var json))
        {
            await AnswerAsync(context, json);
            return;
        }

        // The read behind this request (MeetingReads, scoped to it) uses the version just read instead of its own look.
        context.RequestServices.GetRequiredService<MeetingReads>().VersionReadJustNow(id, version.Value);
        var answer = await CaptureAsync(context);
        if (answer is not null)
            cache.SetJson(key, version.Value, answer);
    }

    private static bool Served(HttpContext context, out Guid id, out string shape)
    {
        id = Guid.Empty;
        shape = "";
        var request = context.Request;
        return HttpMethods.IsGet(request.Method)
            && !request.QueryString.HasValue
            && context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>() is { } transcoded
            && Shapes.TryGetValue(transcoded.MethodDescriptor.FullName, out shape!)
            && request.RouteValues["meeting_id"] is string meetingId
            && Guid.TryParse(meetingId, out id);
    }

    private static async Task AnswerAsync(HttpContext context, JsonAnswer json)
    {
        var response = context.Response;
        if (EntityTags.Tag(context, json.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = json.ContentType;
        response.ContentLength = json.Body.Length;
        await response.Body.WriteAsync(json.Body, context.RequestAborted);
    }

    /// <summary>Lets the endpoint answer, and returns its answer when it is a whole 200 with an ETag.</summary>
    private async Task<JsonAnswer?> CaptureAsync(HttpContext context)
    {
        var response = context.Response;
        var original = response.Body;
        var copy = new CopyingStream(original);
        response.Body = copy;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        return
            response.StatusCode == StatusCodes.Status200OK
            && !EntityTags.AnsweredNotModified(context)
            && response.Headers.ETag.ToString() is { Length: > 0 } etag
            && response.ContentType is { } contentType
            && copy.Copied is { } body
            ? new JsonAnswer(etag, contentType, body)
            : null;
    }

    /// <summary>Passes every write on and keeps a copy of the bytes, up to <see cref="MaxBody"/>.</summary>
    private sealed class CopyingStream(Stream inner) : WriteOnlyStream
    {
        private MemoryStream? _copy = new();

        public byte[]? Copied => _copy?.ToArray();

        private void Keep(ReadOnlySpan<byte> bytes)
        {
            if (_copy is null)
                return;
            if (_copy.Length + bytes.Length > MaxBody)
                _copy = null;
            else
                _copy.Write(bytes);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Keep(buffer.AsSpan(offset, count));
            inner.Write(buffer, offset, count);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            return inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Keep(buffer.AsSpan(offset, count));
            return inner.WriteAsync(buffer, offset, count, cancellationToken);
        }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
    }
}
