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
/// settings of the services and the gateway"). <see cref="StartUpMemoryOptions"/> sets the delay or turns it off.
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
        var seconds = settings.ReleaseStartUpMemoryAfterSeconds;
        if (seconds < 0)
            return;

        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task.ConfigureAwait(Quietly);
        }

        await Task.Delay(TimeSpan.FromSeconds(seconds), stoppingToken).ConfigureAwait(Quietly);
        if (stoppingToken.IsCancellationRequested)
            return;

        var before = Environment.WorkingSet;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (settings.TrimNativeHeap)
            TrimNativeHeap();
        LogReleased(before >> 20, Environment.WorkingSet >> 20, GC.GetTotalMemory(forceFullCollection: false) >> 20);
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
}
