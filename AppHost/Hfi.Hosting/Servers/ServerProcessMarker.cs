using System.Globalization;
using Hfi.Hosting.Processes;

namespace Hfi.Hosting.Servers;

/// <summary>
/// Marks every process of a server (and whatever it spawns, such as epmd) with two environment variables:
/// the data directory it serves and the PID of the process that started it. That finds a server an earlier
/// run left behind (the AppHost was killed hard) and proves that a stopped server left nothing running.
/// </summary>
internal static class ServerProcessMarker
{
    private const string DataDirectoryVariable = "HFI_SERVER_DATA_DIRECTORY";
    private const string OwnerVariable = "HFI_SERVER_OWNER_PID";
    private static readonly TimeSpan LeftoverStopTimeout = TimeSpan.FromSeconds(30);

    public static IReadOnlyDictionary<string, string?> Variables(string dataDirectory) =>
        new Dictionary<string, string?>
        {
            [DataDirectoryVariable] = dataDirectory,
            [OwnerVariable] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
        };

    /// <summary>PIDs of live processes marked with <paramref name="dataDirectory"/>, with their owner's PID.</summary>
    public static IReadOnlyList<(int ProcessId, int OwnerId)> FindProcesses(string dataDirectory)
    {
        var found = new List<(int, int)>();
        foreach (var processDirectory in Directory.EnumerateDirectories("/proc"))
        {
            if (
                int.TryParse(Path.GetFileName(processDirectory), out var processId)
                && ReadEnvironment(processId) is { } environment
                && environment.GetValueOrDefault(DataDirectoryVariable) == dataDirectory
            )
            {
                found.Add(
                    (processId, int.TryParse(environment.GetValueOrDefault(OwnerVariable), out var owner) ? owner : 0)
                );
            }
        }

        return found;
    }

    /// <summary>
    /// Stops processes of <paramref name="dataDirectory"/> whose owner is gone: <paramref name="signal"/> first,
    /// SIGKILL after a grace period. Throws when another live process still owns the directory.
    /// </summary>
    public static async Task StopLeftoversAsync(string dataDirectory, int signal, Action<string> log)
    {
        var leftovers = FindProcesses(dataDirectory);
        var liveOwner = leftovers
            .Select(process => process.OwnerId)
            .FirstOrDefault(owner => owner != Environment.ProcessId && Directory.Exists($"/proc/{owner}"));
        if (liveOwner != 0)
        {
            throw new InvalidOperationException(
                $"{dataDirectory} is in use by a server that process {liveOwner} started."
            );
        }

        if (leftovers.Count == 0)
        {
            return;
        }

        log(
            $"Stopping {leftovers.Count} process(es) an earlier run left behind in {dataDirectory}: {string.Join(", ", leftovers.Select(p => p.ProcessId))}"
        );
        await StopAsync(leftovers.Select(process => process.ProcessId), signal);
    }

    /// <summary>
    /// Gives processes still running for <paramref name="dataDirectory"/> <paramref name="gracePeriod"/> to exit
    /// on their own, then kills them; returns how many had to be killed.
    /// </summary>
    public static async Task<int> KillRemainingAsync(string dataDirectory, TimeSpan gracePeriod)
    {
        var deadline = DateTime.UtcNow + gracePeriod;
        while (FindProcesses(dataDirectory).Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var remaining = FindProcesses(dataDirectory).Select(process => process.ProcessId).ToList();
        await StopAsync(remaining, Posix.SigKill);
        return remaining.Count;
    }

    private static async Task StopAsync(IEnumerable<int> processIds, int signal)
    {
        var pending = processIds.ToList();
        pending.ForEach(processId => Posix.TrySignal(processId, signal));
        var killAt = DateTime.UtcNow + LeftoverStopTimeout;
        while (true)
        {
            pending.RemoveAll(processId => !Directory.Exists($"/proc/{processId}"));
            if (pending.Count == 0)
            {
                return;
            }

            if (DateTime.UtcNow > killAt)
            {
                pending.ForEach(processId => Posix.TrySignal(processId, Posix.SigKill));
            }

            await Task.Delay(100);
        }
    }

    private static Dictionary<string, string>? ReadEnvironment(int processId)
    {
        try
        {
            var entries = File.ReadAllText($"/proc/{processId}/environ")
                .Split('\0', StringSplitOptions.RemoveEmptyEntries);
            var environment = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var separator = entry.IndexOf('=', StringComparison.Ordinal);
                if (separator > 0)
                {
                    environment[entry[..separator]] = entry[(separator + 1)..];
                }
            }

            return environment;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
