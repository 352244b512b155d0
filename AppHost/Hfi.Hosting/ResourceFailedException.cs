namespace Hfi.Hosting;

/// <summary>A resource could not start, or something it waits for could not.</summary>
public sealed class ResourceFailedException(string resourceName, string reason)
    : Exception($"Resource '{resourceName}' failed: {reason}")
{
    public string ResourceName { get; } = resourceName;
}
