using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Hfi.Notifications.Bench;

/// <summary>
/// CPU time (user + system) spent by this process and by a server and its child processes (Postgres' backends), from
/// /proc, and the bytes this process allocated: what a fan-out costs per e-mail, which other load on the machine
/// barely moves, unlike its rate. Beside them what the runtime did meanwhile (collections, JIT, thread pool), which
/// says why the same work costs more in a fresh process than in a warm one.
/// </summary>
public sealed record CpuTime(TimeSpan Bench, TimeSpan Server, long Allocated, RuntimeWork Runtime)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static CpuTime Now(int serverProcessId) =>
        new(
            Process.GetCurrentProcess().TotalProcessorTime,
            ProcessTree(serverProcessId),
            GC.GetTotalAllocatedBytes(),
            RuntimeWork.Now()
        );

    public static CpuTime operator -(CpuTime after, CpuTime before) =>
        new(
            after.Bench - before.Bench,
            after.Server - before.Server,
            after.Allocated - before.Allocated,
            after.Runtime - before.Runtime
        );

    private static TimeSpan ProcessTree(int root)
    {
        var ticks = 0L;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
                continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                // After the command's closing parenthesis: state, ppid, … utime is field 14, stime 15 (1-based).
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                if (pid != root && parent != root)
                    continue;
                ticks +=
                    long.Parse(fields[11], CultureInfo.InvariantCulture)
                    + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended meanwhile.
            }
        }
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}

/// <summary>Counters of this process's runtime: garbage collections, JIT, thread pool, lock contention.</summary>
public sealed record RuntimeWork(
    int Gen0,
    int Gen1,
    int Gen2,
    TimeSpan GcPauses,
    long MethodsJitted,
    TimeSpan JitTime,
    int PoolThreads,
    long WorkItems,
    long Contentions
)
{
    public static RuntimeWork Now() =>
        new(
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GC.GetTotalPauseDuration(),
            System.Runtime.JitInfo.GetCompiledMethodCount(),
            System.Runtime.JitInfo.GetCompilationTime(),
            ThreadPool.ThreadCount,
            ThreadPool.CompletedWorkItemCount,
            Monitor.LockContentionCount
        );

    public static RuntimeWork operator -(RuntimeWork after, RuntimeWork before) =>
        new(
            after.Gen0 - before.Gen0,
            after.Gen1 - before.Gen1,
            after.Gen2 - before.Gen2,
            after.GcPauses - before.GcPauses,
            after.MethodsJitted - before.MethodsJitted,
            after.JitTime - before.JitTime,
            after.PoolThreads, // the count at the end, not a difference
            after.WorkItems - before.WorkItems,
            after.Contentions - before.Contentions
        );

    /// <summary>The GC and JIT settings this process runs with, to compare with the service's.</summary>
    private static object? SpinLimit() =>
        Environment.GetEnvironmentVariable("DOTNET_ThreadPool_UnfairSemaphoreSpinLimit")
        ?? AppContext.GetData("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit");

    public static string Settings()
    {
        // Batch is the latency mode of a GC without background collections; the environment overrides runtimeconfig.
        var concurrent = GCSettings.LatencyMode != GCLatencyMode.Batch;
        var pgo =
            Environment.GetEnvironmentVariable("DOTNET_TieredPGO") ?? AppContext.GetData("System.Runtime.TieredPGO");
        return $"GC {(GCSettings.IsServerGC ? "server" : "workstation")}, "
            + $"{(concurrent ? "concurrent" : "non-concurrent")}, "
            + $"gen0size {Environment.GetEnvironmentVariable("DOTNET_GCgen0size") ?? "default"}; "
            + $"TieredPGO {pgo ?? "default (on)"}, "
            + $"QuickJit {AppContext.GetData("System.Runtime.TieredCompilation.QuickJit") ?? "default (on)"}, "
            + $"UnfairSemaphoreSpinLimit {SpinLimit() ?? "default"}";
    }
}
