namespace Hfi.Hosting;

/// <summary>Settings for <see cref="DistributedApplication.CreateBuilder(DistributedApplicationOptions)"/>; the defaults suit the AppHost, tests override them.</summary>
public sealed class DistributedApplicationOptions
{
    public const int DefaultDashboardPort = 18888;

    /// <summary>Command-line arguments: they become configuration (<c>--ConnectionStrings:postgres=...</c>).</summary>
    public string[] Args { get; init; } = [];

    /// <summary>Base for relative project and data paths. Default: the nearest folder above the AppHost's binaries that holds a solution file.</summary>
    public string? AppHostDirectory { get; init; }

    /// <summary>Where resources keep state between runs. Default: <c>.hfi</c> in <see cref="AppHostDirectory"/>.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Port of the ops dashboard on localhost; 0 picks a free one. Default: configuration <c>Dashboard:Port</c>, else 18888.</summary>
    public int? DashboardPort { get; init; }
}
