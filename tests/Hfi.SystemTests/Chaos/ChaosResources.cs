using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hfi.SystemTests.Chaos;

/// <summary>
/// The running system's resources as an operator sees them on the dashboard (one entry per replica, with its PID and
/// health), and the faults done to them: kill -9 of a replica, a stop or restart through Aspire's own commands, and
/// signals to a server's process.
/// </summary>
internal sealed class ChaosResources : IAsyncDisposable
{
    private readonly DistributedApplication _app;
    private readonly ConcurrentDictionary<string, ResourceEvent> _latest = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watching;

    public ChaosResources(DistributedApplication app)
    {
        _app = app;
        _watching = Task.Run(async () =>
        {
            try
            {
                await foreach (var update in app.ResourceNotifications.WatchAsync(_stop.Token))
                    _latest[update.ResourceId] = update;
            }
            catch (OperationCanceledException) { }
        });
    }

    /// <summary>The instances (replica ids) of resource <paramref name="name"/> that run and are healthy.</summary>
    public IReadOnlyList<string> HealthyInstances(string name) =>
        [
            .. _latest
                .Values.Where(update => update.Resource.Name == name && IsHealthy(update.Snapshot))
                .Select(update => update.ResourceId)
                .Order(),
        ];

    public int ProcessId(string resourceId) =>
        _latest.TryGetValue(resourceId, out var update)
        && update.Snapshot.Properties.FirstOrDefault(property => property.Name == "executable.pid")?.Value is { } pid
            ? Convert.ToInt32(pid, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"Resource {resourceId} shows no process id.");

    /// <summary>The only instance of a resource that has one (Postgres, RabbitMQ, the mail catcher).</summary>
    public async Task<string> SingleInstanceAsync(string name, TimeSpan patience) =>
        (await WaitAsync(() => HealthyInstances(name) is [var only] ? only : null, patience, $"{name} to be healthy"))!;

    /// <summary>
    /// kill -9 of the instance's process and everything below it (a project runs under <c>dotnet run</c>).
    /// </summary>
    public void KillHard(string resourceId)
    {
        foreach (var pid in Processes.Tree(ProcessId(resourceId)).Reverse())
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
            }
            catch (ArgumentException)
            {
                // Gone already.
            }
        }
    }

    /// <summary>
    /// One of Aspire's resource commands (resource-start, resource-stop, resource-restart), as the dashboard runs it.
    /// </summary>
    public async Task CommandAsync(string resourceId, string command, CancellationToken ct)
    {
        var result = await _app
            .Services.GetRequiredService<ResourceCommandService>()
            .ExecuteCommandAsync(resourceId, command, ct);
        if (!result.Success)
            throw new InvalidOperationException($"{command} on {resourceId} failed: {result.Message}");
    }

    public static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("/bin/kill", ["-s", signal, pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0)
            throw new InvalidOperationException($"kill -s {signal} {pid} failed.");
    }

    /// <summary>
    /// Waits until <paramref name="resourceId"/> runs, healthy, as a process other than <paramref name="formerPid"/>.
    /// </summary>
    public Task WaitHealthyAgainAsync(string resourceId, int formerPid, TimeSpan patience) =>
        WaitAsync(
            () =>
                _latest.TryGetValue(resourceId, out var update)
                && IsHealthy(update.Snapshot)
                && update.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } pid
                && Convert.ToInt32(pid, CultureInfo.InvariantCulture) != formerPid
                    ? resourceId
                    : null,
            patience,
            $"{resourceId} to be healthy again"
        );

    public static Task<T?> WaitAsync<T>(Func<T?> probe, TimeSpan patience, string what)
        where T : class => WaitAsync(() => Task.FromResult(probe()), patience, what);

    public static async Task<T?> WaitAsync<T>(Func<Task<T?>> probe, TimeSpan patience, string what)
        where T : class
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            if (await probe() is { } value)
                return value;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Timed out waiting for {what}.");
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watching;
        _stop.Dispose();
    }

    private static bool IsHealthy(CustomResourceSnapshot snapshot) =>
        snapshot.State?.Text == KnownResourceStates.Running && snapshot.HealthStatus == HealthStatus.Healthy;
}
