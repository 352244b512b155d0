namespace Hfi.Hosting.Orchestration;

/// <summary>Starts, probes and stops one kind of resource.</summary>
internal abstract class ResourceRunner(ResourceStatus status)
{
    public ResourceStatus Status { get; } = status;

    /// <summary>Starts the resource; returns once it runs (a server: once it accepts connections). Throws when it cannot start.</summary>
    public abstract Task StartAsync(CancellationToken stopping);

    public abstract Task<bool> CheckHealthAsync(CancellationToken cancellationToken);

    /// <summary>Stops what <see cref="StartAsync"/> started (nothing when it never started).</summary>
    public abstract Task StopAsync();

    /// <summary>Marks the resource Exited when a server process ends while we did not ask it to.</summary>
    protected async Task ReportUnexpectedExitAsync(string program, Task<int> exited, CancellationToken stopping)
    {
        try
        {
            var exitCode = await exited.WaitAsync(stopping);
            Status.ProcessExited(exitCode, $"{program} exited unexpectedly with code {exitCode}.");
        }
        catch (OperationCanceledException)
        {
            // We are stopping it ourselves.
        }
    }
}
