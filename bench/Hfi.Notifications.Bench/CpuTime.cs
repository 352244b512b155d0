using System.Diagnostics;
using System.Globalization;

namespace Hfi.Notifications.Bench;

/// <summary>
/// CPU time (user + system) spent by this process and by a server and its child processes (Postgres' backends), from
/// /proc, and the bytes this process allocated: what a fan-out costs per e-mail, which other load on the machine
/// barely moves, unlike its rate.
/// </summary>
public sealed record CpuTime(TimeSpan Bench, TimeSpan Server, long Allocated)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static CpuTime Now(int serverProcessId) =>
        new(Process.GetCurrentProcess().TotalProcessorTime, ProcessTree(serverProcessId), GC.GetTotalAllocatedBytes());

    public static CpuTime operator -(CpuTime after, CpuTime before) =>
        new(after.Bench - before.Bench, after.Server - before.Server, after.Allocated - before.Allocated);

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
