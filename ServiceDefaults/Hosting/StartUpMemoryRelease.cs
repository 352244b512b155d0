using System.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hfi.ServiceDefaults.Hosting;

/// <summary>
/// Gives the memory of start-up back to the operating system once it is over: building the EF Core models, the
/// broker's topology, migrations and the first health checks leave MBs of garbage in a grown heap, which an idle
/// service would keep committed until enough new allocations came along. One aggressive, compacting collection
/// some seconds after the application started frees it and decommits the free regions (~8–10 MB less RSS per
/// process; README, "Runtime settings of the services and the gateway"). A negative delay turns it off.
/// </summary>
internal sealed partial class StartUpMemoryRelease(
    IHostApplicationLifetime lifetime,
    IConfiguration configuration,
    ILogger<StartUpMemoryRelease> logger
) : BackgroundService
{
    public const string DelaySetting = "Hosting:ReleaseStartUpMemoryAfterSeconds";
    private const int DefaultDelaySeconds = 10;
    private const ConfigureAwaitOptions Quietly = ConfigureAwaitOptions.SuppressThrowing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue(DelaySetting, DefaultDelaySeconds);
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
        LogReleased(before >> 20, Environment.WorkingSet >> 20, GC.GetTotalMemory(forceFullCollection: false) >> 20);
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Released start-up memory: working set {BeforeMb} -> {AfterMb} MB, GC heap {HeapMb} MB"
    )]
    private partial void LogReleased(long beforeMb, long afterMb, long heapMb);
}
