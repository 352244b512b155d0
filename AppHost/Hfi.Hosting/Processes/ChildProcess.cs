using System.Diagnostics;

namespace Hfi.Hosting.Processes;

/// <summary>
/// A started child process whose output lines go to a callback. Tracks the real PID
/// (no shell in between) and knows how to stop it: a signal first, then the whole process tree.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _standardOutputClosed = new(
        TaskCreationOptions.RunContinuationsAsynchronously
    );
    private readonly TaskCompletionSource _standardErrorClosed = new(
        TaskCreationOptions.RunContinuationsAsynchronously
    );

    private ChildProcess(Process process) => _process = process;

    /// <summary>The PID (kept after the process has exited and been disposed).</summary>
    public int Id { get; private set; }

    /// <summary>Completes with the exit code when the process has exited.</summary>
    public Task<int> Exited => _exited.Task;

    public bool HasExited => _exited.Task.IsCompleted;

    /// <summary>Completes when both output streams are closed (a daemonised grandchild may keep them open).</summary>
    public Task OutputClosed => Task.WhenAll(_standardOutputClosed.Task, _standardErrorClosed.Task);

    public static ChildProcess Start(ProcessSpec spec, Action<string> onOutputLine)
    {
        var startInfo = new ProcessStartInfo(spec.FileName)
        {
            WorkingDirectory = spec.WorkingDirectory ?? string.Empty,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in spec.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in spec.Environment)
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data, child._standardOutputClosed, onOutputLine);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data, child._standardErrorClosed, onOutputLine);
        process.Exited += (_, _) => child._exited.TrySetResult(process.ExitCode);

        process.Start();
        child.Id = process.Id;
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>True when the process exited within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        var finished = await Task.WhenAny(Exited, Task.Delay(timeout));
        return finished == Exited;
    }

    public void Signal(int signal)
    {
        if (!HasExited)
        {
            Posix.TrySignal(Id, signal);
        }
    }

    /// <summary>Kills the process and every descendant still attached to it, then waits for the exit.</summary>
    public async Task KillTreeAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        await Exited;
    }

    /// <summary>
    /// Sends <paramref name="signal"/>, waits up to <paramref name="gracePeriod"/>, then kills the tree.
    /// </summary>
    public async Task StopAsync(int signal, TimeSpan gracePeriod)
    {
        Signal(signal);
        if (!await WaitForExitAsync(gracePeriod))
        {
            await KillTreeAsync();
        }
    }

    public void Dispose() => _process.Dispose();

    private void OnLine(string? line, TaskCompletionSource closed, Action<string> onOutputLine)
    {
        if (line is null)
        {
            closed.TrySetResult();
        }
        else
        {
            onOutputLine(line);
        }
    }
}
