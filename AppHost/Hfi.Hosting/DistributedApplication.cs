using Hfi.Hosting.ApplicationModel;
using Hfi.Hosting.Dashboard;
using Hfi.Hosting.Orchestration;
using Microsoft.Extensions.Configuration;

namespace Hfi.Hosting;

/// <summary>
/// A built application: the resources, their allocated endpoints and environment, and the supervisor that runs them.
/// </summary>
public sealed class DistributedApplication : IAsyncDisposable
{
    private readonly ResourceGraph _graph;
    private readonly IConfiguration _configuration;
    private readonly int _dashboardPort;
    private readonly ConsoleOutput _console = new();
    private readonly Dictionary<IResource, ResourceRunner> _runners;
    private readonly Orchestrator _orchestrator;
    private readonly DashboardServer _dashboard;
    private readonly Lock _lifecycleLock = new();
    private Task? _started;
    private Task? _stopped;

    internal DistributedApplication(ResourceGraph graph, IConfiguration configuration, int dashboardPort)
    {
        _graph = graph;
        _configuration = configuration;
        _dashboardPort = dashboardPort;
        _runners = graph.Resources.ToDictionary(resource => resource, CreateRunner);
        _orchestrator = new Orchestrator(graph, _runners, _console);
        _dashboard = new DashboardServer(GetResourceSnapshots);
    }

    public static IDistributedApplicationBuilder CreateBuilder(string[] args) =>
        CreateBuilder(new DistributedApplicationOptions { Args = args });

    public static IDistributedApplicationBuilder CreateBuilder(DistributedApplicationOptions options) =>
        new DistributedApplicationBuilder(options);

    public IReadOnlyList<IResource> Resources => _graph.Resources;

    /// <summary>Every resource after the resources it references or waits for; stopping goes the other way.</summary>
    public IReadOnlyList<IResource> StartOrder => _graph.StartOrder;

    /// <summary>The dashboard's address once started.</summary>
    public Uri? DashboardUrl { get; private set; }

    /// <summary>The URL of a project's endpoint (known once built), or of a server's (tcp, amqp, management) once it runs.</summary>
    public Uri GetEndpoint(string resourceName, string endpointName)
    {
        var resource = _graph.Get(resourceName);
        var url = resource is ProjectResource project
            ? project.Endpoints.FirstOrDefault(endpoint => endpoint.Name == endpointName)?.Url
            : _runners[resource].Status.Snapshot().Endpoints.FirstOrDefault(endpoint => endpoint.Name == endpointName)?.Url;
        return url is null
            ? throw new KeyNotFoundException($"'{resourceName}' has no endpoint named '{endpointName}' (yet).")
            : new Uri(url);
    }

    /// <summary>The environment variables the AppHost sets for a project (on top of its own environment).</summary>
    public IReadOnlyDictionary<string, string> GetEnvironment(string projectName) =>
        _graph.Get(projectName) is ProjectResource project
            ? ProjectEnvironment.For(project, _configuration)
            : throw new ArgumentException($"'{projectName}' is not a project.", nameof(projectName));

    public IReadOnlyList<ResourceSnapshot> GetResourceSnapshots() =>
        [.. _graph.Resources.Select(resource => _runners[resource].Status.Snapshot())];

    public ResourceSnapshot GetResourceSnapshot(string resourceName) => _runners[_graph.Get(resourceName)].Status.Snapshot();

    /// <summary>Waits until the resource has been healthy once; throws <see cref="ResourceFailedException"/> if it failed.</summary>
    public Task WaitForHealthyAsync(string resourceName, CancellationToken cancellationToken = default) =>
        _runners[_graph.Get(resourceName)].Status.WhenHealthyAsync(cancellationToken);

    /// <summary>Starts the dashboard and kicks off every resource; returns without waiting for them to be healthy.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        lock (_lifecycleLock)
        {
            if (_started is not null)
            {
                throw new InvalidOperationException("The application has already been started.");
            }

            _started = StartCoreAsync(cancellationToken);
            return _started;
        }
    }

    /// <summary>Stops every resource in reverse dependency order, then the dashboard. Safe to call more than once.</summary>
    public Task StopAsync()
    {
        lock (_lifecycleLock)
        {
            _stopped ??= StopCoreAsync();
            return _stopped;
        }
    }

    /// <summary>Starts, runs until Ctrl+C, SIGTERM or <paramref name="cancellationToken"/>, then stops everything.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        using var shutdown = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var signals = new ShutdownSignals(() =>
        {
            _console.WriteLine(ConsoleOutput.AppHostSource, "Stopping (this takes a few seconds)…");
            shutdown.Cancel();
        });
        try
        {
            await StartAsync(shutdown.Token);
            await Task.Delay(Timeout.Infinite, shutdown.Token);
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            // Asked to stop.
        }
        finally
        {
            await StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        foreach (var runner in _runners.Values.OfType<IDisposable>())
        {
            runner.Dispose();
        }
    }

    private ResourceRunner CreateRunner(IResource resource) => resource switch
    {
        PostgresServerResource postgres => new PostgresRunner(postgres, new ResourceStatus(resource.Name, ResourceTypes.Postgres, _console)),
        RabbitMQServerResource rabbitMq => new RabbitMQRunner(rabbitMq, new ResourceStatus(resource.Name, ResourceTypes.RabbitMQ, _console)),
        MailCatcherResource mail => new MailCatcherRunner(mail, new ResourceStatus(resource.Name, ResourceTypes.MailCatcher, _console)),
        ProjectResource project => new ProjectRunner(project, new ResourceStatus(resource.Name, ResourceTypes.Project, _console), _configuration),
        _ => throw new NotSupportedException($"No runner for resources of type {resource.GetType().Name}."),
    };

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        EnsureProjectsAreBuilt();
        DashboardUrl = await _dashboard.StartAsync(_dashboardPort, cancellationToken);
        _console.WriteLine(ConsoleOutput.AppHostSource, $"Dashboard: {DashboardUrl}");
        _orchestrator.Start(AnnounceReady);
    }

    private async Task StopCoreAsync()
    {
        if (_started is not null)
        {
            await _orchestrator.StopAsync();
            await _dashboard.DisposeAsync();
            _console.WriteLine(ConsoleOutput.AppHostSource, "Stopped.");
        }
    }

    private void EnsureProjectsAreBuilt()
    {
        var missing = _runners.Values.OfType<ProjectRunner>()
            .Where(runner => !runner.Output.Exists)
            .Select(runner => $"  {runner.Status.Name}: {runner.Output.AssemblyPath}")
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"These projects have not been built (build the solution first):{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");
        }
    }

    private void AnnounceReady()
    {
        var lines = new List<string> { "Everything is healthy." };
        foreach (var project in _graph.Resources.OfType<ProjectResource>().Where(project => project.HasExternalEndpoints))
        {
            lines.AddRange(project.Endpoints.Select(endpoint => $"  {project.Name} ({endpoint.Name}): {endpoint.Url}"));
        }

        lines.Add($"  Dashboard: {DashboardUrl}");
        foreach (var rabbitMq in _runners.Values.OfType<RabbitMQRunner>().Where(runner => runner.ManagementUrl is not null))
        {
            lines.Add($"  RabbitMQ management ({rabbitMq.Status.Name}, guest/guest): {rabbitMq.ManagementUrl}");
        }

        foreach (var mail in _runners.Values.OfType<MailCatcherRunner>())
        {
            lines.Add($"  Caught mail ({mail.Status.Name}), one file per message: {mail.CaughtMailFolder}");
        }

        lines.ForEach(line => _console.WriteLine(ConsoleOutput.AppHostSource, line));
    }
}
