namespace Hfi.Planning.Domain;

/// <summary>
/// The partners as public facts: Sykehuset Innlandet and the 48 municipalities of its area, each placed in one of the
/// seven health regions the 2025 annual plan names.
/// </summary>
public static class Partners
{
    public const string HospitalId = "sykehuset-innlandet";

    private static readonly (string Region, string[] Municipalities)[] MunicipalitiesByRegion =
    [
        ("Hamar", ["Hamar", "Løten", "Stange", "Ringsaker"]),
        (
            "Sør-Østerdal",
            [
                "Elverum",
                "Trysil",
                "Åmot",
                "Våler",
                "Stor-Elvdal",
                "Engerdal",
                // The Kongsvinger region (Glåmdal and Solør) is not one of the seven regions of the 2025 plan. Its
                // municipalities are placed here, the neighbouring region down the Glomma valley and the hospital
                // division (Kongsvinger/Elverum) they share, until the secretariat decides otherwise.
                "Kongsvinger",
                "Eidskog",
                "Sør-Odal",
                "Nord-Odal",
                "Grue",
                "Åsnes",
            ]
        ),
        ("Nord-Østerdal", ["Tynset", "Tolga", "Os", "Folldal", "Rendalen", "Alvdal"]),
        (
            "Gjøvik/Hadeland",
            [
                "Gjøvik",
                "Østre Toten",
                "Vestre Toten",
                "Søndre Land",
                "Nordre Land",
                // Lunner and Jevnaker left Innlandet county in 2020 but still take part through Hadeland.
                "Gran",
                "Lunner",
                "Jevnaker",
            ]
        ),
        ("Valdres", ["Nord-Aurdal", "Sør-Aurdal", "Etnedal", "Vestre Slidre", "Øystre Slidre", "Vang"]),
        ("Nord-Gudbrandsdal", ["Sel", "Vågå", "Lom", "Skjåk", "Dovre", "Lesja"]),
        // Midt-Gudbrandsdal (Ringebu, Sør-Fron, Nord-Fron) meets with the Lillehammer region: the plan holds its
        // Sør-Gudbrandsdal dialogue meeting in Ringebu.
        ("Sør-Gudbrandsdal", ["Ringebu", "Sør-Fron", "Nord-Fron", "Lillehammer", "Øyer", "Gausdal"]),
    ];

    public static readonly IReadOnlyList<Partner> All =
    [
        new()
        {
            Id = HospitalId,
            Name = "Sykehuset Innlandet",
            Kind = PartnerKind.Hospital,
        },
        .. MunicipalitiesByRegion.SelectMany(region =>
            region.Municipalities.Select(name => new Partner
            {
                Id = Slug.From(name),
                Name = name,
                Kind = PartnerKind.Municipality,
                RegionId = Slug.From(region.Region),
            })
        ),
    ];
}
