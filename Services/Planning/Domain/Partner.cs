namespace Hfi.Planning.Domain;

public enum PartnerKind
{
    Municipality = 1,
    Hospital = 2,
}

/// <summary>A party to the partnership: Sykehuset Innlandet or one of the municipalities of its area.</summary>
public sealed class Partner
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public PartnerKind Kind { get; init; }

    /// <summary>
    /// The health region a municipality belongs to; none for the hospital trust, which spans them all.
    /// </summary>
    public string? RegionId { get; init; }
}
