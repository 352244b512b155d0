namespace Hfi.Contracts;

/// <summary>Planning added a meeting arena (a standing body such as SSU, or one the secretariat created).</summary>
public sealed record ArenaCreated
{
    public required string ArenaId { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public string? RegionId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
