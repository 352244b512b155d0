namespace Hfi.Hosting.Orchestration;

/// <summary>The <c>dotnet</c> executable that runs the projects: the one running the AppHost when we can tell, else the one on PATH.</summary>
internal static class DotnetHost
{
    public static string Path { get; } = Locate();

    private static string Locate()
    {
        if (Environment.ProcessPath is { } current && System.IO.Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath)
            ? hostPath
            : "dotnet";
    }
}
