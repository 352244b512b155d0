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
        new()
        {
            Id = "partnerskapsmotet",
            Name = "Partnerskapsmøtet",
            Kind = ArenaKind.PartnershipMeeting,
        },
        new()
        {
            Id = "ssu",
            Name = "Strategisk samarbeidsutvalg",
            Kind = ArenaKind.StrategicCommittee,
        },
        new()
        {
            Id = "arbeidsutvalget",
            Name = "Arbeidsutvalget",
            Kind = ArenaKind.WorkingCommittee,
        },
        new()
        {
            Id = "sekretariatet",
            Name = "Sekretariatet",
            Kind = ArenaKind.Secretariat,
        },
        .. Regions.Select(region => new Arena
        {
            Id = $"dialogmote-{region.Id}",
            Name = $"Dialogmøte {region.Name}",
            Kind = ArenaKind.DialogueMeeting,
            RegionId = region.Id,
        }),
    ];

    /// <summary>Short names the secretariat uses for the standing arenas.</summary>
    private static readonly Dictionary<string, string> ArenaAliases = new()
    {
        ["ssu"] = "ssu",
        ["partnerskapsmote"] = "partnerskapsmotet",
        ["au"] = "arbeidsutvalget",
        ["sekretariat"] = "sekretariatet",
    };

    private static readonly string[] DialogueMeetingNames = ["dialogmote", "dialogmoter", "dialogmotet"];

    /// <summary>"Dialogmøte" alone: the arena is the dialogue meeting of the row's region.</summary>
    public static bool IsDialogueMeetingName(string text) => DialogueMeetingNames.Contains(Slug.From(text));

    /// <summary>
    /// The arena a plan row names, by name, id or short name; a bare "Dialogmøte" is the one of the region.
    /// </summary>
    public static Arena? FindArena(string text, string? regionId, IEnumerable<Arena> arenas)
    {
        if (IsDialogueMeetingName(text))
        {
            return regionId is null
                ? null
                : arenas.FirstOrDefault(a => a.Kind == ArenaKind.DialogueMeeting && a.RegionId == regionId);
        }

        var slug = Slug.From(text);
        var id = ArenaAliases.GetValueOrDefault(slug, slug);
        return arenas.FirstOrDefault(a => a.Id == id || Slug.From(a.Name) == slug);
    }

    private static HealthRegion Region(string name) => new() { Id = Slug.From(name), Name = name };
}
