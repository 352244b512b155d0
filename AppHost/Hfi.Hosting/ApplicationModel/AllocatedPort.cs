namespace Hfi.Hosting.ApplicationModel;

/// <summary>A port that is either fixed up front or allocated (a free one) when the application is built.</summary>
public sealed class AllocatedPort(int requested = 0)
{
    private int? _value = requested == 0 ? null : requested;

    public bool IsAllocated => _value is not null;

    public int Value => _value ?? throw new InvalidOperationException("Ports are allocated when the application is built.");

    internal void Allocate(Func<int> nextFreePort) => _value ??= nextFreePort();
}
