namespace Hfi.Planning.Domain;

/// <summary>The partnership's standing organisation as the 2025 annual plan describes it.</summary>
public static class Organisation
{
    public static readonly IReadOnlyList<HealthRegion> Regions =
    [
        Region("Sør-Østerdal"),
        Region("Nord-Østerdal"),
        Region("Hamar"),
        Region("Gjøvik/Hadeland"),
        Region("Valdres"),
        Region("Nord-Gudbrandsdal"),
        Region("Sør-Gudbrandsdal"),
    ];

    public static readonly IReadOnlyList<Arena> StandingArenas =
    [
        new() { Id = "partnerskapsmotet", Name = "Partnerskapsmøtet", Kind = ArenaKind.PartnershipMeeting },
        new() { Id = "ssu", Name = "Strategisk samarbeidsutvalg", Kind = ArenaKind.StrategicCommittee },
        new() { Id = "arbeidsutvalget", Name = "Arbeidsutvalget", Kind = ArenaKind.WorkingCommittee },
        new() { Id = "sekretariatet", Name = "Sekretariatet", Kind = ArenaKind.Secretariat },
        .. Regions.Select(region => new Arena
        {
            Id = $"dialogmote-{region.Id}",
            Name = $"Dialogmøte {region.Name}",
            Kind = ArenaKind.DialogueMeeting,
            RegionId = region.Id,
        }),
    ];

    private static HealthRegion Region(string name) => new() { Id = Slug.From(name), Name = name };
}
