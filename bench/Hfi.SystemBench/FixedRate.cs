using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;

namespace Hfi.SystemBench;

/// <summary>
/// An open-loop load at a fixed rate, evenly spaced, corrected for coordinated omission (as wrk2 measures): request
/// i is due at start + i / rate and is sent then, whether or not the earlier ones have been answered, and its latency
/// is counted from that due time, not from when it was sent. A sender that falls behind (the machine busy, the
/// connection's window full) sends the overdue requests at once, and the wait counts against their latency. Over
/// cleartext HTTP/2 (prior knowledge) on a number of connections taken in turn, like h2load's clients.
/// </summary>
internal static partial class FixedRate
{
    private const int ClockMonotonic = 1;
    private const int AbsoluteTime = 1;

    public static async Task<int> RunAsync(Uri url, string token, int rate, int seconds, int connections)
    {
        var clients = Enumerable.Range(0, connections).Select(_ => Client(token)).ToArray();
        await WarmUpAsync(clients, url);

        var warmUp = await LoadAsync(clients, url, rate, Math.Min(2, seconds));
        if (warmUp.Failed > 0)
            return Report(warmUp, rate, connections);
        return Report(await LoadAsync(clients, url, rate, seconds), rate, connections);
    }

    private static HttpClient Client(string token)
    {
        var handler = new SocketsHttpHandler
        {
            // One connection per client: the load is spread over them as h2load's clients spread theirs.
            EnableMultipleHttp2Connections = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
        };
        var client = new HttpClient(handler)
        {
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = TimeSpan.FromSeconds(10),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task WarmUpAsync(HttpClient[] clients, Uri url)
    {
        foreach (var client in clients)
        {
            using var response = await client.GetAsync(url);
            response.EnsureSuccessStatusCode();
        }
    }

    private sealed record Outcome(
        long[] LatencyMicros,
        long[] LateMicros,
        int Failed,
        string? FirstFailure,
        double Span,
        int GeneratorCollections,
        TimeSpan GeneratorPause,
        DateTimeOffset Started
    );

    private static async Task<Outcome> LoadAsync(HttpClient[] clients, Uri url, int rate, int seconds)
    {
        var count = rate * seconds;
        var latency = new long[count];
        var late = new long[count];
        var pending = new Task[count];
        var failed = 0;
        string? firstFailure = null;
        var intervalNanos = 1_000_000_000L / rate;

        async Task SendAsync(int index, long dueNanos)
        {
            try
            {
                using var response = await clients[index % clients.Length]
                    .GetAsync(url, HttpCompletionOption.ResponseContentRead);
                if (response.StatusCode != HttpStatusCode.OK)
                    throw new HttpRequestException($"answered {(int)response.StatusCode}");
            }
            catch (Exception ex)
            {
                Interlocked.Increment(ref failed);
                Interlocked.CompareExchange(ref firstFailure, ex.Message, null);
            }
            latency[index] = (Now() - dueNanos) / 1000;
        }

        var collections = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        // The sender is a thread of its own that sleeps until each due time on the monotonic clock (no spinning:
        // the load generator shares the cores with what it measures).
        var start = Now() + 1_000_000;
        var started = DateTimeOffset.UtcNow.AddMilliseconds(1);
        var sender = new Thread(() =>
        {
            for (var i = 0; i < count; i++)
            {
                var due = start + i * intervalNanos;
                SleepUntil(due);
                late[i] = Math.Max(0, Now() - due) / 1000;
                pending[i] = SendAsync(i, due);
            }
        })
        {
            IsBackground = true,
            Priority = ThreadPriority.AboveNormal,
            Name = "fixed-rate sender",
        };
        sender.Start();
        await Task.Run(sender.Join);
        await Task.WhenAll(pending);
        return new Outcome(
            latency,
            late,
            failed,
            firstFailure,
            (double)count * intervalNanos / 1e9,
            GC.CollectionCount(0) - collections,
            GC.GetTotalPauseDuration() - paused,
            started
        );
    }

    private static int Report(Outcome outcome, int rate, int connections)
    {
        if (outcome.Failed > 0)
        {
            Console.Error.WriteLine(
                $"error: {outcome.Failed} of {outcome.LatencyMicros.Length} requests failed: {outcome.FirstFailure}"
            );
            return 1;
        }
        var latency = outcome.LatencyMicros.Order().ToArray();
        var late = outcome.LateMicros.Order().ToArray();
        string Ms(long[] sorted, double q) =>
            (sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))] / 1000.0).ToString(
                "0.0",
                CultureInfo.InvariantCulture
            );
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{latency.Length / outcome.Span:0} req/s sent evenly ({rate}/s due, {connections} connections), "
                    + $"p50 {Ms(latency, 0.50)} ms, p90 {Ms(latency, 0.90)} ms, p99 {Ms(latency, 0.99)} ms, "
                    + $"max {latency[^1] / 1000.0:0.0} ms from each due time; "
                    + $"sends late p99 {Ms(late, 0.99)} ms, max {late[^1] / 1000.0:0.0} ms; "
                    + $"{SlowSeconds(outcome.LatencyMicros, rate)}; "
                    + $"the generator's own GCs {outcome.GeneratorCollections}, "
                    + $"{outcome.GeneratorPause.TotalMilliseconds:0} ms paused"
            )
        );
        WriteLog(outcome);
        return 0;
    }

    // Where in time the slow requests were: how many of the run's 100 ms windows (by due time) hold a request over
    // 10 ms, so a tail from a few pauses (a GC, an export) tells itself apart from one spread over the whole run.
    private static string SlowSeconds(long[] latencyMicros, int rate)
    {
        var perWindow = Math.Max(1, rate / 10);
        var windows = (latencyMicros.Length + perWindow - 1) / perWindow;
        var slow = latencyMicros.Where(l => l > 10_000).Count();
        var slowWindows = Enumerable
            .Range(0, windows)
            .Count(w => latencyMicros.Skip(w * perWindow).Take(perWindow).Any(l => l > 10_000));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{slow} over 10 ms, in {slowWindows} of {windows} 100-ms windows"
        );
    }

    // HFI_BENCH_RATE_LOG=<file>: each request's due time (ms from the start), latency and lateness (µs), for lining
    // the tail up against other events (GC, exports).
    private static void WriteLog(Outcome outcome)
    {
        var path = Environment.GetEnvironmentVariable("HFI_BENCH_RATE_LOG");
        if (string.IsNullOrEmpty(path))
            return;
        using var log = new StreamWriter(path);
        log.WriteLine($"# started {outcome.Started.ToUnixTimeMilliseconds()} (Unix ms); due ms, latency µs, late µs");
        var intervalMs = outcome.Span * 1000 / outcome.LatencyMicros.Length;
        for (var i = 0; i < outcome.LatencyMicros.Length; i++)
        {
            log.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{i * intervalMs:0.0} {outcome.LatencyMicros[i]} {outcome.LateMicros[i]}"
                )
            );
        }
    }

    private static long Now()
    {
        _ = ClockGetTime(ClockMonotonic, out var now);
        return now.Seconds * 1_000_000_000 + now.Nanoseconds;
    }

    private static void SleepUntil(long nanos)
    {
        var until = new TimeSpec { Seconds = nanos / 1_000_000_000, Nanoseconds = nanos % 1_000_000_000 };
        // EINTR (a signal) only ends the sleep early; the loop checks the clock again.
        while (Now() < nanos)
            _ = ClockNanoSleep(ClockMonotonic, AbsoluteTime, in until, IntPtr.Zero);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [LibraryImport("libc", EntryPoint = "clock_nanosleep")]
    private static partial int ClockNanoSleep(int clock, int flags, in TimeSpec request, IntPtr remaining);
}
