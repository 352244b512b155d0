namespace Hfi.Hosting.Orchestration;

/// <summary>Delays between restarts of a crashing process: 1 s, 2 s, 4 s … at most 30 s; back to 1 s after a healthy run.</summary>
internal sealed class RestartBackoff
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);
    private TimeSpan _next = First;

    public TimeSpan Next()
    {
        var delay = _next;
        _next = TimeSpan.FromTicks(Math.Min(_next.Ticks * 2, Longest.Ticks));
        return delay;
    }

    public void Reset() => _next = First;
}
