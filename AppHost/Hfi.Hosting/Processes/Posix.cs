using System.Runtime.InteropServices;

namespace Hfi.Hosting.Processes;

/// <summary>The few POSIX calls .NET does not wrap: sending a chosen signal to a process.</summary>
internal static partial class Posix
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    /// <summary>Sends <paramref name="signal"/>; false when the process no longer exists.</summary>
    public static bool TrySignal(int processId, int signal) => Kill(processId, signal) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int processId, int signal);
}
