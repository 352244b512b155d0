using System.Runtime;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hfi.ServiceDefaults.Hosting;

/// <summary>
/// Gives the memory of start-up back to the operating system once it is over: building the EF Core models, the
/// broker's topology, migrations and the first health checks leave MBs of garbage in a grown heap, which an idle
/// service would keep committed until enough new allocations came along. One aggressive, compacting collection
/// some seconds after the application started frees it and decommits the free regions (~8–10 MB less RSS per
/// process), and glibc's malloc_trim then returns the native memory start-up freed (~4–5 MB more; README, "Runtime
/// settings of the services and the gateway"). After that it checks every
/// <see cref="StartUpMemoryOptions.ReleaseIdleMemoryEverySeconds"/> whether the process was idle since the last check
/// (<see cref="IdleMemory"/>), and releases again what its telemetry and probes grew meanwhile if so.
/// <see cref="StartUpMemoryOptions"/> sets the delays or turns either off.
/// </summary>
internal sealed partial class StartUpMemoryRelease(
    IHostApplicationLifetime lifetime,
    IOptions<StartUpMemoryOptions> options,
    ILogger<StartUpMemoryRelease> logger
) : BackgroundService
{
    private const ConfigureAwaitOptions Quietly = ConfigureAwaitOptions.SuppressThrowing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.ReleaseStartUpMemoryAfterSeconds < 0 && settings.ReleaseIdleMemoryEverySeconds < 0)
            return;

        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task.ConfigureAwait(Quietly);
        }

        if (settings.ReleaseStartUpMemoryAfterSeconds >= 0)
        {
            var delay = TimeSpan.FromSeconds(settings.ReleaseStartUpMemoryAfterSeconds);
            await Task.Delay(delay, stoppingToken).ConfigureAwait(Quietly);
            if (stoppingToken.IsCancellationRequested)
                return;
            var before = Environment.WorkingSet;
            Release(settings);
            LogReleased(
                before >> 20,
                Environment.WorkingSet >> 20,
                GC.GetTotalMemory(forceFullCollection: false) >> 20
            );
        }

        if (settings.ReleaseIdleMemoryEverySeconds < 0)
            return;
        var interval = TimeSpan.FromSeconds(settings.ReleaseIdleMemoryEverySeconds);
        var last = Sample();
        while (true)
        {
            await Task.Delay(interval, stoppingToken).ConfigureAwait(Quietly);
            if (stoppingToken.IsCancellationRequested)
                return;
            var now = Sample();
            if (IdleMemory.WasIdle(last, now, settings.IdleCpuPerMille))
            {
                var before = Environment.WorkingSet;
                Release(settings);
                var cost = Environment.CpuUsage.TotalTime - now.CpuTime;
                LogReleasedIdle(before >> 20, Environment.WorkingSet >> 20, cost.TotalMilliseconds);
            }
            // The collection's own CPU time counts in the next interval, so a release is never free of charge.
            last = now;
        }
    }

    private static IdleMemory.CpuSample Sample() =>
        new(TimeSpan.FromMilliseconds(Environment.TickCount64), Environment.CpuUsage.TotalTime);

    private void Release(StartUpMemoryOptions settings)
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (settings.TrimNativeHeap)
            TrimNativeHeap();
    }

    /// <summary>
    /// glibc keeps freed native memory (the runtime's, the JIT's, OpenSSL's and ICU's start-up allocations) in its
    /// arenas for reuse; malloc_trim(0) gives every whole free page back. Other C libraries (musl) have no such call.
    /// </summary>
    private void TrimNativeHeap()
    {
        if (!OperatingSystem.IsLinux())
            return;
        try
        {
            MallocTrim(0);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            LogNoMallocTrim(exception.Message);
        }
    }

    [DllImport("libc.so.6", EntryPoint = "malloc_trim", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);

    [LoggerMessage(Level = LogLevel.Debug, Message = "No glibc malloc_trim to call: {Reason}")]
    private partial void LogNoMallocTrim(string reason);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Released start-up memory: working set {BeforeMb} -> {AfterMb} MB, GC heap {HeapMb} MB"
    )]
    private partial void LogReleased(long beforeMb, long afterMb, long heapMb);

    [LoggerMessage(
        Level = LogLevel.Debug,
        Message = "Idle: released memory, working set {BeforeMb} -> {AfterMb} MB, {CpuMilliseconds:F1} ms of CPU"
    )]
    private partial void LogReleasedIdle(long beforeMb, long afterMb, double cpuMilliseconds);
}
