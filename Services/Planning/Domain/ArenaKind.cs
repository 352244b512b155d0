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
