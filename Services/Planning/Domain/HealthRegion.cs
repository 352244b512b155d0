namespace Hfi.Planning.Domain;

/// <summary>One of the seven health regions (helseregioner) the partnership is organised in.</summary>
public sealed class HealthRegion
{
    public required string Id { get; init; }
    public required string Name { get; init; }
}
