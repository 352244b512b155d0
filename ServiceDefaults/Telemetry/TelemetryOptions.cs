using System.ComponentModel.DataAnnotations;

namespace Hfi.ServiceDefaults.Telemetry;

/// <summary>
/// Which traces of successful REST reads reach the dashboard (<see cref="ReadTraceSampling"/>). Every other trace
/// (writes, gRPC calls, messages, background work) is exported whole, as is every read that failed or was slow.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>
    /// The share of fast, successful REST GETs exported, chosen by trace id so every process keeps the same traces
    /// whole: 1 exports all of them, 0 none (the failed and the slow are exported anyway).
    /// </summary>
    [Range(0.0, 1.0)]
    public double ReadTraceRatio { get; set; } = 0.01;

    /// <summary>A read that took at least this long in a process is exported from it, with its spans there.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan SlowRead { get; set; } = TimeSpan.FromMilliseconds(200);
}
