namespace Hfi.Hosting.Processes;

/// <summary>
/// A system user a server must run as when the AppHost runs as root (postgres refuses root;
/// rabbitmq's files belong to its own user). When not root everything runs as the current user.
/// </summary>
internal sealed record ServiceAccount(string UserName)
{
    public static bool IsRoot => Environment.IsPrivilegedProcess;

    public IReadOnlyList<string> SetprivArguments => [$"--reuid={UserName}", $"--regid={UserName}", "--init-groups"];

    /// <summary>Gives the account ownership of <paramref name="paths"/> (recursively) when we are root.</summary>
    public async Task TakeOwnershipAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        if (!IsRoot)
        {
            return;
        }

        var spec = new ProcessSpec("chown", ["-R", $"{UserName}:{UserName}", .. paths]);
        await Command.RunAsync(spec, TimeSpan.FromSeconds(30), cancellationToken);
    }
}
