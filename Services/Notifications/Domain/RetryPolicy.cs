namespace Hfi.Notifications.Domain;

/// <summary>
/// Exponential backoff: the first retry after <see cref="InitialDelay"/>, each next one twice as late, at most
/// <see cref="MaxDelay"/>.
/// </summary>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan InitialDelay, TimeSpan MaxDelay)
{
    /// <summary>The wait after the <paramref name="failedAttempts"/>-th failed attempt (1-based).</summary>
    public TimeSpan DelayAfter(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        var factor = Math.Pow(2, Math.Min(failedAttempts - 1, 30));
        var delay = InitialDelay.TotalMilliseconds * factor;
        return delay >= MaxDelay.TotalMilliseconds ? MaxDelay : TimeSpan.FromMilliseconds(delay);
    }
}
