using System.Globalization;

namespace Hfi.Documents.Bench;

/// <summary>The process's resident memory from /proc: now, and the peak since the last reset.</summary>
internal static class PeakMemory
{
    /// <summary>
    /// Starts a new peak: writing 5 to clear_refs resets VmHWM to the current resident size (Linux ≥ 4.0).
    /// </summary>
    public static void Reset()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        File.WriteAllText("/proc/self/clear_refs", "5");
    }

    public static long CurrentBytes => Read("VmRSS:");

    public static long PeakBytes => Read("VmHWM:");

    public static string Mb(long bytes) =>
        (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    private static long Read(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}
