using Hfi.Hosting.ApplicationModel;
using Hfi.Hosting.Processes;
using Microsoft.Extensions.Configuration;

namespace Hfi.Hosting.Orchestration;

/// <summary>
/// Runs a project's built assembly with <c>dotnet</c>, restarts it with a back-off when it crashes,
/// and stops it with SIGTERM (killed after a grace period).
/// </summary>
internal sealed class ProjectRunner : ResourceRunner, IDisposable
{
    private static readonly TimeSpan StopGracePeriod = TimeSpan.FromSeconds(10);

    private readonly ProcessSpec _spec;
    private readonly ProjectHealthProbe? _healthProbe;
    private readonly RestartBackoff _backoff = new();
    private ChildProcess? _process;
    private Task _supervision = Task.CompletedTask;

    public ProjectRunner(ProjectResource project, ResourceStatus status, IConfiguration appHostConfiguration) : base(status)
    {
        Output = ProjectOutput.Of(project);
        _spec = new ProcessSpec(DotnetHost.Path, [Output.AssemblyPath])
        {
            WorkingDirectory = Output.Directory,
            Environment = ProjectEnvironment.ForProcess(project, appHostConfiguration),
        }.InOwnSession();
        _healthProbe = project.Endpoints.Count > 0 ? new ProjectHealthProbe(project.Endpoints[0]) : null;
        Status.SetEndpoints([.. project.Endpoints.Select(endpoint => new ResourceEndpoint(endpoint.Name, endpoint.Url))]);
    }

    public ProjectOutput Output { get; }

    public override Task StartAsync(CancellationToken stopping)
    {
        Launch(isRestart: false);
        _supervision = SuperviseAsync(stopping);
        return Task.CompletedTask;
    }

    public override Task<bool> CheckHealthAsync(CancellationToken cancellationToken) =>
        _healthProbe?.IsHealthyAsync(cancellationToken) ?? Task.FromResult(_process is { HasExited: false });

    public override async Task StopAsync()
    {
        await _supervision;
        if (_process is { HasExited: false } process)
        {
            await process.StopAsync(Posix.SigTerm, StopGracePeriod);
        }

        _process?.Dispose();
    }

    public void Dispose() => _healthProbe?.Dispose();

    private void Launch(bool isRestart)
    {
        Status.SetState(ResourceState.Starting);
        _process?.Dispose();
        _process = ChildProcess.Start(_spec, Status.Output);
        Status.ProcessStarted(_process.Id, isRestart);
        Status.SetState(ResourceState.Running);
    }

    /// <summary>Restarts the process whenever it exits, until the AppHost stops.</summary>
    private async Task SuperviseAsync(CancellationToken stopping)
    {
        try
        {
            while (true)
            {
                var exitCode = await _process!.Exited.WaitAsync(stopping);
                if (Status.HealthySinceLaunch)
                {
                    _backoff.Reset();
                }

                var delay = _backoff.Next();
                var message = $"Exited with code {exitCode}; restarting in {delay.TotalSeconds:0} s.";
                Status.ProcessExited(exitCode, message);
                Status.Output($"*** {message}");
                Status.SetState(ResourceState.Restarting, message);
                await Task.Delay(delay, stopping);
                Launch(isRestart: true);
            }
        }
        catch (OperationCanceledException)
        {
            // The AppHost is stopping; StopAsync ends the current process.
        }
    }
}
