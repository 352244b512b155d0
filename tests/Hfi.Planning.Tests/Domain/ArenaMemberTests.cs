using Hfi.Planning.Domain;
using Hfi.Planning.Domain.Members;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Planning.Tests.Domain;

public sealed class ArenaMemberTests
{
    private static readonly Guid LeaderId = Guid.NewGuid();

    private static readonly ArenaMember Leader = new()
    {
        Id = LeaderId,
        ArenaId = "ssu",
        PersonName = "Kari Leder",
        Email = "kari.leder@hamar.kommune.no",
        PartnerId = "hamar",
        Kind = MemberKind.MunicipalRepresentative,
        Role = MemberRole.Leader,
        HasVotingRight = true,
        TermFrom = new DateOnly(2024, 1, 1),
        TermTo = new DateOnly(2027, 12, 31),
    };

    private static NewArenaMember Valid =>
        new(
            "Ola Nordmann",
            "ola.nordmann@elverum.kommune.no",
            "elverum",
            MemberKind.MunicipalRepresentative,
            MemberRole.Member,
            HasVotingRight: true,
            "2025-01-01",
            "2026-12-31",
            null,
            0
        );

    private static ArenaMember Create(NewArenaMember input) =>
        ArenaMember.Create(Guid.NewGuid(), "ssu", input, Partners.All, [Leader]);

    private static string[] FieldsOf(NewArenaMember input) =>
        Assert.Throws<ValidationFailedException>(() => Create(input)).Errors.Select(e => e.Field).ToArray();

    [Fact]
    public void A_valid_member_is_created_with_trimmed_values_and_a_term()
    {
        var member = Create(Valid with { PersonName = "  Ola Nordmann ", Email = " ola.nordmann@elverum.kommune.no " });

        Assert.Equal("Ola Nordmann", member.PersonName);
        Assert.Equal("ola.nordmann@elverum.kommune.no", member.Email);
        Assert.Equal(new Term(new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31)), member.Term);
    }

    [Theory]
    [InlineData("ola")]
    [InlineData("ola@")]
    [InlineData("ola@localhost")]
    [InlineData("Ola <ola@hamar.kommune.no>")]
    [InlineData("ola nordmann@hamar.no")]
    [InlineData("")]
    public void An_address_that_is_not_an_email_is_refused(string email) =>
        Assert.Equal(["email"], FieldsOf(Valid with { Email = email }));

    [Fact]
    public void A_representative_represents_a_partner_of_the_right_kind()
    {
        Assert.Equal(["partner_id"], FieldsOf(Valid with { PartnerId = null }));
        Assert.Equal(["partner_id"], FieldsOf(Valid with { PartnerId = "oslo" }));
        Assert.Equal(["partner_id"], FieldsOf(Valid with { PartnerId = Partners.HospitalId }));
        Assert.Equal(
            ["partner_id"],
            FieldsOf(Valid with { Kind = MemberKind.HospitalRepresentative, PartnerId = "hamar" })
        );

        var hospital = Create(Valid with { Kind = MemberKind.HospitalRepresentative, PartnerId = Partners.HospitalId });
        Assert.Equal(Partners.HospitalId, hospital.PartnerId);
    }

    [Fact]
    public void Observers_and_the_secretariat_speak_but_do_not_vote()
    {
        Assert.Equal(
            ["has_voting_right"],
            FieldsOf(Valid with { Kind = MemberKind.Observer, Role = MemberRole.Observer, PartnerId = null })
        );
        Assert.Equal(["has_voting_right"], FieldsOf(Valid with { Kind = MemberKind.Secretariat, PartnerId = null }));

        var observer = Create(
            Valid with
            {
                Kind = MemberKind.Observer,
                Role = MemberRole.Observer,
                PartnerId = null,
                HasVotingRight = false,
            }
        );
        Assert.False(observer.HasVotingRight);
    }

    [Fact]
    public void Kind_and_role_must_agree()
    {
        Assert.Equal(["role"], FieldsOf(Valid with { Role = MemberRole.Observer }));
        Assert.Equal(
            ["role"],
            FieldsOf(
                Valid with
                {
                    Kind = MemberKind.Observer,
                    Role = MemberRole.Member,
                    PartnerId = null,
                    HasVotingRight = false,
                }
            )
        );
        Assert.Equal(
            ["kind", "role"],
            FieldsOf(Valid with { Kind = 0, Role = (MemberRole)42, PartnerId = null, HasVotingRight = false })
        );
    }

    [Theory]
    [InlineData("", "", "term_from")]
    [InlineData("01.01.2025", "", "term_from")]
    [InlineData("2025-01-01", "2026-31-12", "term_to")]
    [InlineData("2025-06-01", "2025-05-31", "term_to")]
    public void The_term_is_two_iso_dates_in_order(string from, string to, string field) =>
        Assert.Equal([field], FieldsOf(Valid with { TermFrom = from, TermTo = to }));

    [Fact]
    public void An_open_ended_term_covers_every_later_day()
    {
        var member = Create(Valid with { TermTo = " " });

        Assert.Null(member.TermTo);
        Assert.True(member.Term.Covers(new DateOnly(2090, 1, 1)));
        Assert.False(member.Term.Covers(new DateOnly(2024, 12, 31)));
    }

    [Fact]
    public void A_substitute_names_a_member_of_the_arena_and_a_rank()
    {
        var substitute = Create(
            Valid with
            {
                PartnerId = "hamar",
                Role = MemberRole.Substitute,
                SubstituteForMemberId = LeaderId.ToString(),
                SubstituteRank = 1,
            }
        );
        Assert.Equal(LeaderId, substitute.SubstituteForMemberId);
        Assert.Equal(1, substitute.SubstituteRank);

        Assert.Equal(
            ["substitute_rank", "substitute_for_member_id"],
            FieldsOf(Valid with { Role = MemberRole.Substitute })
        );
        Assert.Equal(
            ["substitute_for_member_id"],
            FieldsOf(
                Valid with
                {
                    PartnerId = "hamar",
                    Role = MemberRole.Substitute,
                    SubstituteForMemberId = Guid.NewGuid().ToString(),
                    SubstituteRank = 1,
                }
            )
        );
        Assert.Equal(
            ["substitute_for_member_id", "substitute_rank"],
            FieldsOf(Valid with { SubstituteForMemberId = LeaderId.ToString(), SubstituteRank = 2 })
        );
    }

    [Fact]
    public void A_substitute_sits_for_the_same_partner_and_side_as_the_member()
    {
        var forLeader = Valid with
        {
            Role = MemberRole.Substitute,
            SubstituteForMemberId = LeaderId.ToString(),
            SubstituteRank = 1,
        };

        Assert.Equal(["partner_id"], FieldsOf(forLeader));
        Assert.Equal(
            ["kind"],
            FieldsOf(forLeader with { Kind = MemberKind.HospitalRepresentative, PartnerId = null })
                .Except(["partner_id"])
                .ToArray()
        );
    }

    [Fact]
    public void Two_substitutes_of_one_member_do_not_share_a_rank()
    {
        var first = new ArenaMember
        {
            Id = Guid.NewGuid(),
            ArenaId = "ssu",
            PersonName = "Vara En",
            Email = "vara.en@hamar.kommune.no",
            PartnerId = "hamar",
            Kind = MemberKind.MunicipalRepresentative,
            Role = MemberRole.Substitute,
            TermFrom = new DateOnly(2025, 1, 1),
            SubstituteForMemberId = LeaderId,
            SubstituteRank = 1,
        };
        var second = Valid with
        {
            PartnerId = "hamar",
            Role = MemberRole.Substitute,
            SubstituteForMemberId = LeaderId.ToString(),
            SubstituteRank = 1,
        };

        var error = Assert.Throws<ValidationFailedException>(() =>
            ArenaMember.Create(Guid.NewGuid(), "ssu", second, Partners.All, [Leader, first])
        );
        Assert.Equal("substitute_rank", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public void One_person_and_one_leader_per_term()
    {
        Assert.Equal(["email"], FieldsOf(Valid with { Email = "KARI.LEDER@hamar.kommune.no", PartnerId = "hamar" }));
        Assert.Equal(["role"], FieldsOf(Valid with { Role = MemberRole.Leader }));

        var nextLeader = Create(Valid with { Role = MemberRole.Leader, TermFrom = "2028-01-01", TermTo = "" });
        Assert.Equal(MemberRole.Leader, nextLeader.Role);
    }

    [Fact]
    public void The_partners_are_the_hospital_and_48_municipalities_each_in_a_known_region()
    {
        var regionIds = Organisation.Regions.Select(r => r.Id).ToHashSet();

        Assert.Single(Partners.All, p => p.Kind == PartnerKind.Hospital);
        Assert.Equal(48, Partners.All.Count(p => p.Kind == PartnerKind.Municipality));
        Assert.All(
            Partners.All.Where(p => p.Kind == PartnerKind.Municipality),
            p => Assert.Contains(p.RegionId!, regionIds)
        );
        Assert.Equal(Partners.All.Count, Partners.All.Select(p => p.Id).Distinct().Count());
        Assert.Equal(
            ["hamar", "loten", "ringsaker", "stange"],
            Partners.All.Where(p => p.RegionId == "hamar").Select(p => p.Id).Order()
        );
    }

    [Fact]
    public void A_correction_is_checked_against_the_other_members_not_against_the_seat_itself()
    {
        var corrected = Leader.Corrected(
            new NewArenaMember(
                "Kari Leder-Hansen",
                Leader.Email,
                "hamar",
                MemberKind.MunicipalRepresentative,
                MemberRole.Leader,
                true,
                "2024-01-01",
                "2027-12-31",
                null,
                0
            ),
            Partners.All,
            [Leader]
        );

        Assert.Equal(LeaderId, corrected.Id);
        Assert.Equal("Kari Leder-Hansen", corrected.PersonName);
    }

    [Fact]
    public void A_member_with_substitutes_keeps_their_partner_and_does_not_become_a_substitute()
    {
        var vara = ArenaMember.Create(
            Guid.NewGuid(),
            "ssu",
            Valid with
            {
                PersonName = "Per Vara",
                Email = "per.vara@hamar.kommune.no",
                PartnerId = "hamar",
                Role = MemberRole.Substitute,
                SubstituteForMemberId = LeaderId.ToString(),
                SubstituteRank = 1,
            },
            Partners.All,
            [Leader]
        );
        var asLeader = new NewArenaMember(
            Leader.PersonName,
            Leader.Email,
            "hamar",
            MemberKind.MunicipalRepresentative,
            MemberRole.Leader,
            true,
            "2024-01-01",
            null,
            null,
            0
        );

        var moved = Assert.Throws<ValidationFailedException>(() =>
            Leader.Corrected(asLeader with { PartnerId = "elverum" }, Partners.All, [Leader, vara])
        );
        var substitute = Assert.Throws<ValidationFailedException>(() =>
            Leader.Corrected(
                asLeader with
                {
                    Role = MemberRole.Substitute,
                    SubstituteForMemberId = vara.Id.ToString(),
                    SubstituteRank = 1,
                },
                Partners.All,
                [Leader, vara]
            )
        );

        Assert.Equal(["partner_id"], moved.Errors.Select(e => e.Field));
        Assert.Equal(
            MemberRole.Member,
            Leader.Corrected(asLeader with { Role = MemberRole.Member }, Partners.All, [Leader, vara]).Role
        );
        Assert.Equal(["role"], substitute.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_term_ends_on_a_day_it_covers_and_not_before_it_began()
    {
        var ended = Leader.EndedOn("2025-06-30");

        Assert.Equal(new Term(new DateOnly(2024, 1, 1), new DateOnly(2025, 6, 30)), ended.Term);
        Assert.Equal(
            ["term_to"],
            Assert.Throws<ValidationFailedException>(() => Leader.EndedOn("2023-12-31")).Errors.Select(e => e.Field)
        );
        Assert.Equal(
            ["term_to"],
            Assert.Throws<ValidationFailedException>(() => Leader.EndedOn("30.06.2025")).Errors.Select(e => e.Field)
        );
        Assert.True(Leader.OutlastsSeatEndingOn(new DateOnly(2025, 6, 30)));
        Assert.False(ended.OutlastsSeatEndingOn(new DateOnly(2025, 6, 30)));
    }

    [Fact]
    public void A_substitute_leaves_with_the_seat_they_stand_in_for_and_one_not_yet_begun_on_their_first_day()
    {
        var seatEnded = Leader.EndedOn("2025-06-30");
        ArenaMember Vara(DateOnly from, DateOnly? to, Guid? standsInFor) =>
            new()
            {
                Id = Guid.NewGuid(),
                ArenaId = "ssu",
                PersonName = "Per Vara",
                Email = "per.vara@hamar.kommune.no",
                PartnerId = "hamar",
                Kind = MemberKind.MunicipalRepresentative,
                Role = MemberRole.Substitute,
                TermFrom = from,
                TermTo = to,
                SubstituteForMemberId = standsInFor,
                SubstituteRank = 1,
            };

        Assert.Equal(new DateOnly(2025, 6, 30), Vara(new(2024, 1, 1), null, LeaderId).LeavingWith(seatEnded)?.TermTo);
        Assert.Equal(
            new DateOnly(2025, 9, 1),
            Vara(new(2025, 9, 1), new DateOnly(2027, 12, 31), LeaderId).LeavingWith(seatEnded)?.TermTo
        );
        Assert.Null(Vara(new(2024, 1, 1), new DateOnly(2025, 3, 31), LeaderId).LeavingWith(seatEnded));
        Assert.Null(Vara(new(2024, 1, 1), null, Guid.NewGuid()).LeavingWith(seatEnded));
    }
}
