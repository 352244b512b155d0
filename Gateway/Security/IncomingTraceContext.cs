using System.Diagnostics;
using OpenTelemetry.Context.Propagation;

namespace Hfi.Gateway.Security;

/// <summary>
/// The gateway starts every trace itself: a caller's traceparent, tracestate and baggage are not taken up, so the
/// trace id, which is also the request id the audit logs record, is always one we made. Downstream, the gateway's
/// own trace context is sent on as usual.
/// </summary>
internal static class IncomingTraceContext
{
    private static readonly string[] Headers =
    [
        "traceparent",
        "tracestate",
        "baggage",
        "Request-Id",
        "Correlation-Context",
    ];

    public static IServiceCollection IgnoreIncomingTraceContext(this IServiceCollection services)
    {
        services.AddSingleton<DistributedContextPropagator>(new OutgoingOnlyPropagator());
        // OpenTelemetry's ASP.NET Core instrumentation extracts again with any propagator but the W3C one.
        OpenTelemetry.Sdk.SetDefaultTextMapPropagator(new TraceContextPropagator());
        return services;
    }

    /// <summary>Drops the caller's trace headers so that they are not forwarded either.</summary>
    public static void RemoveFrom(IHeaderDictionary headers)
    {
        foreach (var header in Headers)
            headers.Remove(header);
    }

    private sealed class OutgoingOnlyPropagator : DistributedContextPropagator
    {
        private static readonly DistributedContextPropagator Outgoing = CreateDefaultPropagator();

        public override IReadOnlyCollection<string> Fields => Outgoing.Fields;

        public override void Inject(Activity? activity, object? carrier, PropagatorSetterCallback? setter) =>
            Outgoing.Inject(activity, carrier, setter);

        public override void ExtractTraceIdAndState(
            object? carrier,
            PropagatorGetterCallback? getter,
            out string? traceId,
            out string? traceState
        )
        {
            traceId = null;
            traceState = null;
        }

        public override IEnumerable<KeyValuePair<string, string?>>? ExtractBaggage(
            object? carrier,
            PropagatorGetterCallback? getter
        ) => null;
    }
}
