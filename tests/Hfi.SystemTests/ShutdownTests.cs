using Hfi.AppHost;
using Hfi.Hosting;
using Hfi.ServiceDefaults;

namespace Hfi.SystemTests;

/// <summary>Stopping the AppHost leaves no process of ours behind: no postgres, beam, epmd, aiosmtpd or dotnet.</summary>
[Collection(SystemCollection.Name)]
public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_the_system_leaves_no_process_behind()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "hfi-tests", $"shutdown-{Guid.NewGuid():N}");
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions { DataDirectory = dataDirectory, DashboardPort = 0 });
        builder.AddHfiSystem();
        var app = builder.Build();
        try
        {
            await app.StartAsync();
            using var boot = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            await app.WaitForHealthyAsync(ResourceNames.Gateway, boot.Token);
            var processIds = app.GetResourceSnapshots().Select(r => r.ProcessId).OfType<int>().ToList();
            var serverProcesses = ProcessesMentioning(dataDirectory).ToList();
            Assert.Equal(8, processIds.Count);
            Assert.True(serverProcesses.Count >= 2, "postgres and the Erlang node should name the data folder");

            await app.StopAsync();

            Assert.All(processIds, pid => Assert.False(Directory.Exists($"/proc/{pid}"), $"process {pid} is still running"));
            Assert.Empty(ProcessesMentioning(dataDirectory));
        }
        finally
        {
            await app.DisposeAsync();
            if (Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
        }
    }

    /// <summary>
    /// Every process whose command line or environment names the data folder: postgres, its workers, the Erlang
    /// node and the epmd it started — including any the AppHost never saw a PID of.
    /// </summary>
    private static IEnumerable<int> ProcessesMentioning(string dataDirectory) =>
        Directory.EnumerateDirectories("/proc")
            .Select(path => int.TryParse(Path.GetFileName(path), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && pid != Environment.ProcessId && Mentions(pid, dataDirectory));

    private static bool Mentions(int pid, string text)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Contains(text, StringComparison.Ordinal)
                || File.ReadAllText($"/proc/{pid}/environ").Contains(text, StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
