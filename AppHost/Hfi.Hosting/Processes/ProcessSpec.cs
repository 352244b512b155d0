namespace Hfi.Hosting.Processes;

/// <summary>What to run: a program, its arguments, working directory and environment changes.</summary>
internal sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments)
{
    public string? WorkingDirectory { get; init; }

    /// <summary>Variables added to the inherited environment; a null value removes the variable.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>
    /// Runs the program in a session of its own (setsid execs, so the PID stays the program's):
    /// Ctrl+C in the terminal then reaches only the AppHost, which stops its children in order.
    /// </summary>
    public ProcessSpec InOwnSession() => this with { FileName = "setsid", Arguments = [FileName, .. Arguments] };

    /// <summary>Runs the program as <paramref name="account"/> when we are root (setpriv execs too).</summary>
    public ProcessSpec As(ServiceAccount account) =>
        ServiceAccount.IsRoot
            ? this with
            {
                FileName = "setpriv",
                Arguments = [.. account.SetprivArguments, FileName, .. Arguments],
            }
            : this;

    public override string ToString() => string.Join(' ', [FileName, .. Arguments]);
}
