namespace Hfi.SystemTests;

/// <summary>
/// Stopping the AppHost leaves no process of ours behind: no postgres, beam, epmd, mail catcher, dotnet or DCP.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_the_system_leaves_no_process_behind()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "hfi-tests", $"shutdown-{Guid.NewGuid():N}");
        using var boot = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var app = await RunningSystem.StartAsync(dataDirectory, boot.Token);
        try
        {
            var processes = Processes.Of(app, dataDirectory);
            Assert.True(
                Processes.Mentioning(dataDirectory).Count() >= 3,
                "postgres, the Erlang node and its epmd should name the data folder"
            );

            await app.StopAsync();
            await app.DisposeAsync();

            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (processes.Any(Processes.IsRunning) && DateTime.UtcNow < deadline)
                await Task.Delay(200);
            Assert.All(processes, pid => Assert.False(Processes.IsRunning(pid), $"process {pid} is still running"));
            Assert.DoesNotContain(Processes.Mentioning(dataDirectory), Processes.IsRunning);
        }
        finally
        {
            if (Directory.Exists(dataDirectory))
                Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
