using System.Text.RegularExpressions;

namespace Hfi.AppHost.Tests;

/// <summary>
/// Nothing in the services, the gateway or ServiceDefaults keeps shared state where only one instance sees it: no
/// files written to the local disk, no machine-wide locks. With <c>HFI_REPLICAS</c> > 1 (or on several hosts) all state
/// lives in Postgres and RabbitMQ; see the README's operations section.
/// </summary>
public sealed partial class SharedStateTests
{
    private static readonly string[] Roots = ["Services", "Gateway", "ServiceDefaults"];

    [Fact]
    public void No_service_code_writes_to_the_local_file_system_or_takes_a_machine_local_lock()
    {
        var offending = Roots
            .SelectMany(root =>
                Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), root), "*.cs", SearchOption.AllDirectories)
            )
            .Where(path =>
                !path.Contains(
                    $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}",
                    StringComparison.Ordinal
                )
                && !path.Contains(
                    $"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}",
                    StringComparison.Ordinal
                )
            )
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, number: index + 1)))
            .Where(hit => LocalState().IsMatch(hit.line))
            .Select(hit => $"{Path.GetRelativePath(RepositoryRoot(), hit.path)}:{hit.number}: {hit.line.Trim()}")
            .ToList();

        Assert.True(offending.Count == 0, "Local state in service code:\n" + string.Join('\n', offending));
    }

    [Fact]
    public void The_check_finds_what_it_looks_for()
    {
        Assert.Matches(LocalState(), """await File.WriteAllBytesAsync(path, bytes);""");
        Assert.Matches(LocalState(), """using var stream = new FileStream(path, FileMode.Create);""");
        Assert.Matches(LocalState(), """var folder = Path.GetTempPath();""");
        Assert.Matches(LocalState(), """using var gate = new Mutex(false, "Global\\hfi");""");
        Assert.DoesNotMatch(LocalState(), """var profile = File.ReadAllText(path);""");
    }

    // Writing files, temp folders, and named (machine-wide) mutexes or semaphores.
    [GeneratedRegex(
        """\bFile\.(Write|Append|Create|Move|Copy|Delete|Open)\w*\(|\bnew FileStream\(|\bDirectory\.(Create|Delete|Move)\w*\(|Path\.GetTemp(Path|FileName)\(|\bnew (Mutex|Semaphore)\("""
    )]
    private static partial Regex LocalState();

    private static string RepositoryRoot()
    {
        for (
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            directory is not null;
            directory = directory.Parent
        )
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hfi.Aspire.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (Hfi.Aspire.sln) is not above the test's folder.");
    }
}
