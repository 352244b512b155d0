using System.Diagnostics;
using OpenTelemetry;

namespace Hfi.ServiceDefaults.Telemetry;

/// <summary>
/// A span that continues a trace saved with the work it belongs to (an outbox message, an e-mail delivery), so
/// work picked up later by a polling worker joins the trace of the request that caused it. It is traced even
/// inside a polling round, whose own database polls are not (see <see cref="Hosting.PollingWorker"/>).
/// </summary>
public sealed class ContinuedTrace : IDisposable
{
    private readonly IDisposable _tracing;

    private ContinuedTrace(IDisposable tracing, Activity? activity)
    {
        _tracing = tracing;
        Activity = activity;
    }

    public Activity? Activity { get; }

    /// <param name="traceParent">The W3C trace parent saved with the work; without one the span starts a trace of its
    /// own.</param>
    public static ContinuedTrace Start(string name, ActivityKind kind, string? traceParent)
    {
        var tracing = SuppressInstrumentationScope.Begin(false);
        ActivityContext.TryParse(traceParent, null, out var parent);
        return new ContinuedTrace(tracing, HfiActivitySources.Source.StartActivity(name, kind, parent));
    }

    public void Failed(string error) => Activity?.SetStatus(ActivityStatusCode.Error, error);

    public void Dispose()
    {
        Activity?.Dispose();
        _tracing.Dispose();
    }
}
