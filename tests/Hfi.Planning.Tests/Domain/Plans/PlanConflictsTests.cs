using Hfi.Planning.Domain.Members;
using Hfi.Planning.Domain.Plans;
using static Hfi.Planning.Tests.Domain.Plans.PlanFixtures;

namespace Hfi.Planning.Tests.Domain.Plans;

public sealed class PlanConflictsTests
{
    private static ArenaMember Seat(
        string arenaId,
        string email,
        string name = "Kari Leder",
        string from = "2025-01-01"
    ) =>
        new()
        {
            Id = Guid.NewGuid(),
            ArenaId = arenaId,
            PersonName = name,
            Email = email,
            PartnerId = "hamar",
            Kind = MemberKind.MunicipalRepresentative,
            Role = MemberRole.Member,
            TermFrom = DateOnly.Parse(from),
        };

    private static readonly ArenaMember[] KariInBoth =
    [
        Seat("ssu", "kari@hamar.kommune.no"),
        Seat("dialogmote-hamar", "KARI@hamar.kommune.no"),
    ];

    [Fact]
    public void A_member_due_at_two_meetings_the_same_day_is_a_same_day_conflict()
    {
        var meetings = Read(
            "SSU\t\t\t13.feb.25\t10:00-12:00\tBrumunddal\t",
            "Dialogmøte\tHamar\t\t13.feb.25\t13:00-15:00\tHamar\t"
        );

        var conflict = Assert.Single(PlanConflicts.Find(meetings, KariInBoth));

        Assert.Equal(
            (ConflictKind.SameDay, new DateOnly(2025, 2, 13), "Kari Leder"),
            (conflict.Kind, conflict.Day, Assert.Single(conflict.People))
        );
    }

    [Fact]
    public void Overlapping_times_or_a_multi_day_meeting_make_an_overlap()
    {
        var meetings = Read(
            "SSU\t\t\t12.-13. mars 2025\t10:00-14:00\tHamar\t",
            "Dialogmøte\tHamar\t\t13.mars.25\t\tHamar\t",
            "SSU\t\t\t22.mai.25\t10:00-12:00\tHamar\t",
            "Dialogmøte\tHamar\t\t22.mai.25\t11:30-13:00\tHamar\t"
        );

        var conflicts = PlanConflicts.Find(meetings, KariInBoth);

        Assert.Equal([ConflictKind.Overlapping, ConflictKind.Overlapping], conflicts.Select(c => c.Kind));
        Assert.Equal([new DateOnly(2025, 3, 13), new DateOnly(2025, 5, 22)], conflicts.Select(c => c.Day));
    }

    [Fact]
    public void Windows_cancelled_meetings_other_people_and_terms_not_yet_begun_are_no_conflict()
    {
        var meetings = Read(
            "SSU\t\t\taug/sept\t\tHamar\t",
            "Dialogmøte\tHamar\t\taug/sept\t2 timer\tHamar\t",
            "SSU\t\t\t13.feb.25\t10:00-12:00\tBrumunddal\t",
            "Dialogmøte\tHamar\t\t13.feb.25\t10:00-12:00\tHamar\t"
        );

        Assert.Empty(
            PlanConflicts.Find(
                meetings,
                [Seat("ssu", "kari@hamar.kommune.no"), Seat("dialogmote-hamar", "per@hamar.kommune.no")]
            )
        );
        Assert.Empty(
            PlanConflicts.Find(
                meetings,
                [
                    Seat("ssu", "kari@hamar.kommune.no"),
                    Seat("dialogmote-hamar", "kari@hamar.kommune.no", from: "2025-03-01"),
                ]
            )
        );
        meetings[3].Status = PlannedMeetingStatus.Cancelled;
        Assert.Empty(PlanConflicts.Find(meetings, KariInBoth));
    }
}
