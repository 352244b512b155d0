using OpenTelemetry.Trace;

namespace Hfi.ServiceDefaults.Telemetry;

/// <summary>
/// Drops a database command that starts a trace of its own: the pollers' queries (outbox, e-mails, notices) that
/// run every second and would bury the requests in the dashboard's traces. A command inside a request, a consumer
/// or an outbox publish has a parent and is kept (<see cref="ParentBasedSampler"/> decides by the parent).
/// </summary>
internal sealed class PollingQuerySampler : Sampler
{
    private static readonly SamplingResult Drop = new(SamplingDecision.Drop);
    private static readonly SamplingResult Keep = new(SamplingDecision.RecordAndSample);

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        samplingParameters.Kind == System.Diagnostics.ActivityKind.Client && IsDatabaseCommand(samplingParameters.Tags) ? Drop : Keep;

    private static bool IsDatabaseCommand(IEnumerable<KeyValuePair<string, object?>>? tags) =>
        tags?.Any(tag => tag.Key is "db.system" or "db.system.name") == true;
}
