using System.Globalization;
using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.SystemTests;

/// <summary>
/// Looks at /proc as an operator would with ps and ss: the processes of a running system and what they listen on.
/// </summary>
internal static class Processes
{
    private const string Listen = "0A";

    /// <summary>
    /// Every process of the system: the resources' own PIDs and their descendants (postgres workers), whatever
    /// names <paramref name="dataDirectory"/> (the Erlang port mapper a node started), and the DCP processes above
    /// them (with DCP's own monitors below).
    /// </summary>
    public static IReadOnlySet<int> Of(DistributedApplication app, string dataDirectory)
    {
        var roots = app
            .Services.GetRequiredService<DistributedApplicationModel>()
            .Resources.Select(resource =>
                app.ResourceNotifications.TryGetCurrentState(resource.Name, out var state) ? state : null
            )
            .SelectMany(state => state?.Snapshot.Properties.Where(p => p.Name == "executable.pid") ?? [])
            .Select(property => Convert.ToInt32(property.Value, CultureInfo.InvariantCulture))
            .Concat(All().Where(pid => Mentions(pid, dataDirectory)))
            .Where(pid => pid > 1)
            .ToHashSet();
        var parents = All().ToDictionary(pid => pid, ParentOf);
        var found = new HashSet<int>(roots);
        foreach (var root in roots)
        {
            for (
                var parent = parents.GetValueOrDefault(root);
                parent > 1 && Name(parent) == "dcp";
                parent = parents.GetValueOrDefault(parent)
            )
            {
                found.Add(parent);
            }
        }

        bool added;
        do
        {
            added = false;
            foreach (var (pid, parent) in parents)
            {
                if (!found.Contains(pid) && found.Contains(parent))
                    added |= found.Add(pid);
            }
        } while (added);
        return found;
    }

    /// <summary>
    /// <paramref name="root"/> and every process below it (a project's <c>dotnet run</c> and the service it runs).
    /// </summary>
    public static IReadOnlyList<int> Tree(int root)
    {
        var parents = All().ToDictionary(pid => pid, ParentOf);
        var found = new List<int> { root };
        for (var index = 0; index < found.Count; index++)
        {
            found.AddRange(parents.Where(entry => entry.Value == found[index]).Select(entry => entry.Key));
        }

        return found;
    }

    /// <summary>Every process whose command line or environment names <paramref name="text"/>.</summary>
    public static IEnumerable<int> Mentioning(string text) => All().Where(pid => Mentions(pid, text));

    public static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0] != "Z";
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The TCP sockets the processes listen on, as "pid address:port".</summary>
    public static IReadOnlyList<(int Pid, IPEndPoint Local)> ListeningSockets(IEnumerable<int> pids)
    {
        var listening = ReadListeningSockets("/proc/net/tcp")
            .Concat(ReadListeningSockets("/proc/net/tcp6"))
            .ToDictionary(socket => socket.Inode, socket => socket.Local);
        var found = new List<(int, IPEndPoint)>();
        foreach (var pid in pids)
        {
            foreach (var inode in SocketInodes(pid))
            {
                if (listening.TryGetValue(inode, out var local))
                    found.Add((pid, local));
            }
        }

        return found;
    }

    private static IEnumerable<(string Inode, IPEndPoint Local)> ReadListeningSockets(string table) =>
        File.ReadLines(table)
            .Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields[3] == Listen)
            .Select(fields => (fields[9], ParseEndPoint(fields[1])));

    /// <summary>/proc/net/tcp{,6} write addresses as hex in host byte order, 32 bits at a time.</summary>
    private static IPEndPoint ParseEndPoint(string field)
    {
        var (address, port) = (
            field.Split(':')[0],
            int.Parse(field.Split(':')[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture)
        );
        var bytes = new byte[address.Length / 2];
        for (var word = 0; word < address.Length / 8; word++)
        {
            var value = uint.Parse(address.AsSpan(word * 8, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            BitConverter.TryWriteBytes(bytes.AsSpan(word * 4, 4), value);
        }

        return new IPEndPoint(new IPAddress(bytes), port);
    }

    private static IEnumerable<string> SocketInodes(int pid)
    {
        try
        {
            return
            [
                .. Directory
                    .EnumerateFileSystemEntries($"/proc/{pid}/fd")
                    .Select(fd => new FileInfo(fd).LinkTarget)
                    .OfType<string>()
                    .Where(target => target.StartsWith("socket:[", StringComparison.Ordinal))
                    .Select(target => target["socket:[".Length..^1]),
            ];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    public static string Name(int pid) => ReadText($"/proc/{pid}/comm").Trim();

    private static IEnumerable<int> All() =>
        Directory
            .EnumerateDirectories("/proc")
            .Select(path => int.TryParse(Path.GetFileName(path), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && pid != Environment.ProcessId);

    private static int ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is IOException or FormatException)
        {
            return 0;
        }
    }

    private static bool Mentions(int pid, string text) =>
        ReadText($"/proc/{pid}/cmdline").Contains(text, StringComparison.Ordinal)
        || ReadText($"/proc/{pid}/environ").Contains(text, StringComparison.Ordinal);

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
