namespace Hfi.Planning.Domain.Members;

/// <summary>Whom a member sits for (numbers match the proto enum).</summary>
public enum MemberKind
{
    MunicipalRepresentative = 1,
    HospitalRepresentative = 2,
    Observer = 3,
    Secretariat = 4,
}

/// <summary>The member's place in the arena (numbers match the proto enum).</summary>
public enum MemberRole
{
    Leader = 1,
    DeputyLeader = 2,
    Member = 3,
    Observer = 4,
    Substitute = 5,
}
