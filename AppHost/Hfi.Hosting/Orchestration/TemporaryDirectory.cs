namespace Hfi.Hosting.Orchestration;

/// <summary>A fresh folder for a throwaway server (one without a data directory); the server deletes it when disposed.</summary>
internal static class TemporaryDirectory
{
    public static string For(string resourceName) =>
        Path.Combine(Path.GetTempPath(), $"hfi-{resourceName}-{Guid.NewGuid():N}");
}
