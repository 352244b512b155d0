using Hfi.Hosting.ApplicationModel;

namespace Hfi.Hosting.Orchestration;

/// <summary>
/// Starts resources in dependency order (a resource waits until what it waits for is healthy), keeps probing
/// their health, and stops them in reverse order (a resource stops only after everything depending on it).
/// </summary>
internal sealed class Orchestrator(ResourceGraph graph, IReadOnlyDictionary<IResource, ResourceRunner> runners, ConsoleOutput console)
{
    private static readonly TimeSpan ProbeIntervalWhileUnhealthy = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ProbeIntervalWhileHealthy = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stopping = new();
    private Task _running = Task.CompletedTask;

    /// <summary>Kicks off every resource; returns at once.</summary>
    public void Start(Action onAllHealthy)
    {
        var resources = graph.StartOrder.Select(resource => RunAsync(resource, runners[resource], _stopping.Token)).ToList();
        _running = Task.WhenAll([.. resources, AnnounceWhenAllHealthyAsync(onAllHealthy, _stopping.Token)]);
    }

    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        await _running;

        var stopped = new Dictionary<IResource, Task>();
        foreach (var resource in graph.StartOrder.Reverse())
        {
            var dependentsStopped = graph.Dependents(resource).Select(dependent => stopped[dependent]);
            stopped[resource] = StopAfterAsync(runners[resource], dependentsStopped);
        }

        await Task.WhenAll(stopped.Values);
        _stopping.Dispose();
    }

    private async Task RunAsync(IResource resource, ResourceRunner runner, CancellationToken stopping)
    {
        try
        {
            runner.Status.SetState(ResourceState.Waiting);
            foreach (var dependency in ResourceGraph.WaitTargets(resource))
            {
                await runners[dependency].Status.WhenHealthyAsync(stopping);
            }

            await runner.StartAsync(stopping);
            await MonitorHealthAsync(runner, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping before the resource was up.
        }
        catch (ResourceFailedException dependencyFailure)
        {
            runner.Status.Fail($"Not started: {dependencyFailure.Message}");
        }
        catch (Exception exception)
        {
            runner.Status.Fail(exception.Message);
            console.WriteLine(ConsoleOutput.AppHostSource, $"{runner.Status.Name} failed to start: {exception.Message}");
        }
    }

    private async Task MonitorHealthAsync(ResourceRunner runner, CancellationToken stopping)
    {
        while (true)
        {
            if (runner.Status.State is ResourceState.Running)
            {
                var healthy = await ProbeAsync(runner, stopping);
                if (runner.Status.SetHealth(healthy) is { } previous && (healthy || previous is ResourceHealth.Healthy))
                {
                    console.WriteLine(ConsoleOutput.AppHostSource, $"{runner.Status.Name} is {(healthy ? "healthy" : "unhealthy")}.");
                }
            }

            var interval = runner.Status.Health is ResourceHealth.Healthy ? ProbeIntervalWhileHealthy : ProbeIntervalWhileUnhealthy;
            await Task.Delay(interval, stopping);
        }
    }

    private static async Task<bool> ProbeAsync(ResourceRunner runner, CancellationToken stopping)
    {
        try
        {
            return await runner.CheckHealthAsync(stopping);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task AnnounceWhenAllHealthyAsync(Action onAllHealthy, CancellationToken stopping)
    {
        try
        {
            await Task.WhenAll(runners.Values.Select(runner => runner.Status.WhenHealthyAsync(stopping)));
            onAllHealthy();
        }
        catch (Exception exception) when (exception is OperationCanceledException or ResourceFailedException)
        {
            // Stopping, or a resource failed (already reported).
        }
    }

    private async Task StopAfterAsync(ResourceRunner runner, IEnumerable<Task> dependentsStopped)
    {
        await Task.WhenAll(dependentsStopped);
        if (runner.Status.State is not (ResourceState.NotStarted or ResourceState.Waiting or ResourceState.Failed))
        {
            runner.Status.SetState(ResourceState.Stopping);
        }

        try
        {
            await runner.StopAsync();
        }
        catch (Exception exception)
        {
            console.WriteLine(ConsoleOutput.AppHostSource, $"Stopping {runner.Status.Name} failed: {exception.Message}");
        }

        runner.Status.ProcessStopped();
    }
}
