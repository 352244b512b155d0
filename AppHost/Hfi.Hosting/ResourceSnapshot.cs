namespace Hfi.Hosting;

public enum ResourceState
{
    NotStarted,
    /// <summary>Waiting for the resources it waits for to become healthy.</summary>
    Waiting,
    Starting,
    Running,
    /// <summary>The process ended on its own (crashed); a project is restarted after a back-off.</summary>
    Exited,
    Restarting,
    Stopping,
    Stopped,
    /// <summary>Could not start (or something it waits for could not); see the message.</summary>
    Failed,
}

public enum ResourceHealth
{
    Unknown,
    Healthy,
    Unhealthy,
}

/// <summary>A named address of a resource: a project's Kestrel endpoint, a server's port, a management UI.</summary>
public sealed record ResourceEndpoint(string Name, string Url);

/// <summary>What the AppHost knows about a resource at one moment (the dashboard shows these).</summary>
public sealed record ResourceSnapshot(
    string Name,
    string Type,
    ResourceState State,
    ResourceHealth Health,
    IReadOnlyList<ResourceEndpoint> Endpoints,
    int? ProcessId,
    int RestartCount,
    int? ExitCode,
    string? Message,
    IReadOnlyList<string> RecentLog);
