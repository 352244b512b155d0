using Hfi.Meetings.Domain;

namespace Hfi.Meetings.Tests.Domain;

/// <summary>
/// A small arena roster: three municipal and two hospital members with votes, an observer, and substitutes.
/// </summary>
internal static class Members
{
    public static readonly MemberInfo Hamar = Municipal("hamar", "Kari Hamar");
    public static readonly MemberInfo Gjovik = Municipal("gjovik", "Per Gjøvik");
    public static readonly MemberInfo Elverum = Municipal("elverum", "Anne Elverum");
    public static readonly MemberInfo Hospital1 = Hospital("si-1", "Ola Sykehus");
    public static readonly MemberInfo Hospital2 = Hospital("si-2", "Eva Sykehus");
    public static readonly MemberInfo Observer = new()
    {
        MemberId = "observator",
        Name = "Observatør",
        HasVotingRight = false,
    };
    public static readonly MemberInfo HamarVara1 = Municipal("hamar-vara-1", "Første Vara") with
    {
        SubstituteForMemberId = "hamar",
        SubstituteRank = 1,
        HasVotingRight = false,
    };
    public static readonly MemberInfo HamarVara2 = Municipal("hamar-vara-2", "Andre Vara") with
    {
        SubstituteForMemberId = "hamar",
        SubstituteRank = 2,
        HasVotingRight = false,
    };

    public static ArenaRoster Roster() =>
        new([HamarVara2, Hamar, Gjovik, Elverum, Hospital1, Hospital2, Observer, HamarVara1]);

    private static MemberInfo Municipal(string id, string name) =>
        new()
        {
            MemberId = id,
            Name = name,
            PartnerKind = "municipal",
            PartnerName = id,
            HasVotingRight = true,
        };

    private static MemberInfo Hospital(string id, string name) =>
        new()
        {
            MemberId = id,
            Name = name,
            PartnerKind = "hospital",
            PartnerName = "Sykehuset Innlandet",
            HasVotingRight = true,
        };
}
