namespace Hfi.Hosting.Processes;

/// <summary>Runs a short command to completion (initdb, chown, rabbitmqctl, epmd) and checks its exit code.</summary>
internal static class Command
{
    private static readonly TimeSpan OutputDrainLimit = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Runs the command; throws with its output when it fails or outlives <paramref name="timeout"/>.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RunAsync(
        ProcessSpec spec,
        TimeSpan timeout,
        CancellationToken cancellationToken,
        Action<string>? onOutputLine = null
    )
    {
        var output = new List<string>();
        using var process = ChildProcess.Start(
            spec,
            line =>
            {
                lock (output)
                {
                    output.Add(line);
                }

                onOutputLine?.Invoke(line);
            }
        );

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.Exited.WaitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            await process.KillTreeAsync();
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"'{spec}' did not finish within {timeout.TotalSeconds:0} s.{Describe(output)}");
        }

        // A daemon the command started (epmd) may hold the output pipes open: don't wait for it.
        await Task.WhenAny(process.OutputClosed, Task.Delay(OutputDrainLimit));
        var exitCode = await process.Exited;
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"'{spec}' exited with code {exitCode}.{Describe(output)}");
        }

        lock (output)
        {
            return [.. output];
        }
    }

    private static string Describe(List<string> output)
    {
        lock (output)
        {
            return output.Count == 0
                ? string.Empty
                : $" Output:{Environment.NewLine}{string.Join(Environment.NewLine, output)}";
        }
    }
}
