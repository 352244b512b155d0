using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;

namespace Hfi.ServiceDefaults.Telemetry;

/// <summary>
/// Sampling after the fact of the hot reads' traces, in front of the OTLP exporter. A trace whose local root is a
/// REST GET served by this process is exported only when its trace id falls in the sampled share (the same choice
/// in every process, so a sampled trace is whole across the gateway and the services), or when the request failed
/// (an error status, a 5xx, or an error in any of its spans) or took at least
/// <see cref="TelemetryOptions.SlowRead"/>: its spans are held until the request ends and then exported together or
/// dropped. Everything else is exported as
/// it ends. Spans are still recorded in every process (metrics and the request id do not change). Why: the dashboard
/// keeps a bounded number of traces, which hot reads would fill within seconds, pushing out the writes' and errors'
/// traces an operator looks for (the CPU an export costs was measured too small to matter).
/// </summary>
internal sealed class ReadTraceSampling : CompositeProcessor<Activity>
{
    /// <summary>
    /// Spans held at most: beyond it they are exported at once rather than held (memory stays bounded).
    /// </summary>
    private const int MaxHeld = 10_000;

    private readonly ulong _sampledBelow;
    private readonly TimeSpan _slow;

    /// <summary>
    /// The spans held per request, each list locked while used. Not a <c>ConcurrentBag</c>: each bag holds a
    /// <c>ThreadLocal</c>, whose finalizer kept every bag and the spans in it alive past the next gen0 collection, so
    /// each read's spans were promoted (~2 MB copied by each gen0 GC of the gateway under load) and finalized.
    /// </summary>
    private readonly ConcurrentDictionary<ActivitySpanId, List<Activity>> _held = new();
    private int _heldCount;

    public ReadTraceSampling(TelemetryOptions options, BaseProcessor<Activity> exporter)
        : base([exporter])
    {
        _sampledBelow =
            options.ReadTraceRatio >= 1 ? ulong.MaxValue : (ulong)(options.ReadTraceRatio * (1UL << 53)) << 11;
        _slow = options.SlowRead;
    }

    public override void OnEnd(Activity data)
    {
        var root = LocalRoot(data);
        if (!IsRestRead(root) || InSampledShare(data.TraceId))
        {
            base.OnEnd(data);
        }
        else if (!ReferenceEquals(root, data))
        {
            // A span ending after its request was decided: only an error of its own is worth a partial trace.
            if (!root.IsStopped)
                Hold(root.SpanId, data);
            else if (Failed(data))
                base.OnEnd(data);
        }
        else
        {
            Activity[] held = [];
            if (_held.TryRemove(data.SpanId, out var spans))
            {
                lock (spans)
                    held = [.. spans];
            }
            Interlocked.Add(ref _heldCount, -held.Length);
            if (!Failed(data) && data.Duration < _slow && !held.Any(Failed))
                return;
            foreach (var span in held)
                base.OnEnd(span);
            base.OnEnd(data);
        }
    }

    /// <summary>The same share of trace ids in every process, whatever their order of arrival.</summary>
    internal bool InSampledShare(ActivityTraceId traceId)
    {
        Span<byte> bytes = stackalloc byte[16];
        traceId.CopyTo(bytes);
        return _sampledBelow == ulong.MaxValue || BinaryPrimitives.ReadUInt64BigEndian(bytes) < _sampledBelow;
    }

    private void Hold(ActivitySpanId root, Activity span)
    {
        if (Interlocked.Increment(ref _heldCount) > MaxHeld)
        {
            Interlocked.Decrement(ref _heldCount);
            base.OnEnd(span);
            return;
        }
        var spans = _held.GetOrAdd(root, _ => new List<Activity>(2));
        lock (spans)
            spans.Add(span);
    }

    private static Activity LocalRoot(Activity activity)
    {
        while (activity.Parent is { } parent)
            activity = parent;
        return activity;
    }

    private static bool IsRestRead(Activity root) =>
        root.Kind == ActivityKind.Server
        && root.Source.Name == "Microsoft.AspNetCore"
        && root.GetTagItem("http.request.method") is "GET";

    private static bool Failed(Activity span) =>
        span.Status == ActivityStatusCode.Error || span.GetTagItem("http.response.status_code") is >= 500;
}
