namespace Hfi.ServiceDefaults.Hosting;

/// <summary>
/// When an idle process gives its memory back (as the JVM's periodic G1 collection and Go's scavenger do): an idle
/// service still allocates for its telemetry export and health probes, and would keep its grown gen0 and glibc
/// arenas committed until enough new allocations came along. A process counts as idle over an interval when it used
/// at most <see cref="StartUpMemoryOptions.IdleCpuPerMille"/> of one core's time in it, so a process serving requests
/// or consuming messages is never collected by this.
/// </summary>
public static class IdleMemory
{
    /// <summary>The process's CPU time (user and system, all threads) at a moment of a monotonic clock.</summary>
    public readonly record struct CpuSample(TimeSpan At, TimeSpan CpuTime);

    /// <summary>Whether the process was idle between the two samples.</summary>
    public static bool WasIdle(CpuSample from, CpuSample to, int idleCpuPerMille)
    {
        var elapsed = to.At - from.At;
        if (elapsed <= TimeSpan.Zero)
            return false;
        var used = to.CpuTime - from.CpuTime;
        return used.Ticks * 1000 <= elapsed.Ticks * idleCpuPerMille;
    }
}
