using Hfi.ServiceDefaults.Domain;

namespace Hfi.Planning.Domain;

/// <summary>A meeting arena (samhandlingsarena): a body that meets, such as SSU or a region's Dialogmøte.</summary>
public sealed class Arena : AggregateRoot
{
    public const int MaxNameLength = 200;

    public required string Id { get; init; }
    public required string Name { get; set; }
    public ArenaKind Kind { get; init; }
    public string? RegionId { get; init; }

    /// <summary>Validates a new arena; a Dialogmøte belongs to a region, the standing bodies to none.</summary>
    public static Arena Create(
        string? name,
        ArenaKind kind,
        string? regionId,
        IReadOnlyCollection<string> knownRegionIds,
        DateTimeOffset createdAt
    )
    {
        var errors = new List<FieldError>();
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
            errors.Add(new("name", Reasons.ArenaNameMissing, "An arena needs a name."));
        else if (trimmed.Length > MaxNameLength)
            errors.Add(new("name", Reasons.AtMost(MaxNameLength), $"At most {MaxNameLength} characters."));
        else if (Slug.From(trimmed).Length == 0)
            errors.Add(new("name", Reasons.ArenaNameNeedsLetters, "The name must contain letters or digits."));

        if (!Enum.IsDefined(kind))
            errors.Add(new("kind", Reasons.ArenaKindMissing, "Choose the kind of arena."));

        var region = string.IsNullOrWhiteSpace(regionId) ? null : regionId.Trim();
        if (kind == ArenaKind.DialogueMeeting && region is null)
        {
            errors.Add(
                new(
                    "region_id",
                    Reasons.DialogueNeedsRegion,
                    "A dialogue meeting (Dialogmøte) belongs to a health region."
                )
            );
        }

        if (region is not null && !knownRegionIds.Contains(region))
            errors.Add(new("region_id", Reasons.RegionNotFound, $"Unknown health region '{region}'."));

        if (errors.Count > 0)
            throw new ValidationFailedException(errors);
        var arena = new Arena
        {
            Id = Slug.From(trimmed),
            Name = trimmed,
            Kind = kind,
            RegionId = region,
        };
        arena.Raise(new ArenaCreatedDomainEvent(arena.Id, arena.Name, arena.Kind, arena.RegionId, createdAt));
        return arena;
    }
}

/// <summary>The secretariat added an arena.</summary>
public sealed record ArenaCreatedDomainEvent(
    string ArenaId,
    string Name,
    ArenaKind Kind,
    string? RegionId,
    DateTimeOffset CreatedAt
) : IDomainEvent;
