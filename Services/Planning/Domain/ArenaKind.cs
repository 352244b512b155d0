namespace Hfi.Planning.Domain;

public enum ArenaKind
{
    PartnershipMeeting = 1,
    StrategicCommittee = 2,
    DialogueMeeting = 3,
    WorkingCommittee = 4,
    Secretariat = 5,
    Other = 6,
}

public static class ArenaKinds
{
    /// <summary>The arenas every region takes part in, so that a region's calendar holds their meetings too.</summary>
    public static readonly IReadOnlyList<ArenaKind> CommonToAllRegions =
    [
        ArenaKind.PartnershipMeeting,
        ArenaKind.StrategicCommittee,
    ];
}
