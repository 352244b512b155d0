namespace Hfi.Hosting;

/// <summary>Finds the folder holding the solution file above a start folder (the AppHost's binaries live below it).</summary>
internal static class SolutionDirectory
{
    public static string Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (directory.EnumerateFiles("*.sln").Any() || directory.EnumerateFiles("*.slnx").Any())
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No solution file found above {startDirectory}; set {nameof(DistributedApplicationOptions)}.{nameof(DistributedApplicationOptions.AppHostDirectory)}.");
    }
}
