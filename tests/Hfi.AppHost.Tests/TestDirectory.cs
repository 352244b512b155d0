namespace Hfi.AppHost.Tests;

/// <summary>
/// A fresh folder under the system temp folder (world-traversable, so the postgres and rabbitmq users reach it).
/// </summary>
internal static class TestDirectory
{
    public static string Create(string purpose) =>
        Path.Combine(Path.GetTempPath(), "hfi-apphost-tests", $"{purpose}-{Guid.NewGuid():N}");
}
