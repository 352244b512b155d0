namespace Hfi.Hosting.Servers;

/// <summary>Finds the PostgreSQL server programs (Debian keeps them out of PATH, per major version).</summary>
internal static class PostgresBinaries
{
    private const string DebianRoot = "/usr/lib/postgresql";

    public static string Postgres => Path.Combine(Directory, "postgres");

    public static string InitDb => Path.Combine(Directory, "initdb");

    private static string Directory { get; } = Locate();

    private static string Locate()
    {
        var newest = System.IO.Directory.Exists(DebianRoot)
            ? System
                .IO.Directory.GetDirectories(DebianRoot)
                .Select(versionDirectory => Path.Combine(versionDirectory, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "postgres")))
                .OrderByDescending(bin =>
                    int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0
                )
                .FirstOrDefault()
            : null;
        return newest
            ?? throw new InvalidOperationException(
                $"No PostgreSQL server found under {DebianRoot}/<version>/bin. Install it: apt-get install postgresql."
            );
    }
}
