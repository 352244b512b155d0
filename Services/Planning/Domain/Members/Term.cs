namespace Hfi.Planning.Domain.Members;

/// <summary>The period a member serves; <see cref="To"/> is null while open-ended.</summary>
public readonly record struct Term(DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly date) => From <= date && (To is null || date <= To);

    public bool Overlaps(Term other) =>
        From <= (other.To ?? DateOnly.MaxValue) && other.From <= (To ?? DateOnly.MaxValue);
}
