namespace Hfi.AppHost.Tests;

/// <summary>
/// Looks at /proc the way an operator would with ps: is a process still there, which processes serve a data folder.
/// </summary>
internal static class ProcessTable
{
    /// <summary>True while the process exists and is not a zombie waiting to be reaped.</summary>
    public static bool IsRunning(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state != "Z";
        }
        catch (IOException)
        {
            return false;
        }
    }

    public static string CommandName(int processId) => File.ReadAllText($"/proc/{processId}/comm").Trim();

    /// <summary>
    /// Live processes started for a server's data folder (the servers mark them with HFI_SERVER_DATA_DIRECTORY).
    /// </summary>
    public static IReadOnlyList<int> ServingDataDirectory(string dataDirectory)
    {
        var marker = $"HFI_SERVER_DATA_DIRECTORY={Path.GetFullPath(dataDirectory)}";
        return
        [
            .. Directory
                .EnumerateDirectories("/proc")
                .Select(Path.GetFileName)
                .Select(name => int.TryParse(name, out var processId) ? processId : 0)
                .Where(processId => processId > 0 && IsRunning(processId) && Environment(processId).Contains(marker)),
        ];
    }

    private static string[] Environment(int processId)
    {
        try
        {
            return File.ReadAllText($"/proc/{processId}/environ").Split('\0');
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
