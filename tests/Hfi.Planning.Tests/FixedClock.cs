namespace Hfi.Planning.Tests;

/// <summary>
/// A clock standing still at the given moment, so "upcoming" and "today" do not depend on when tests run.
/// </summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
