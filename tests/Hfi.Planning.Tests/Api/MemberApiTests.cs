using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Hfi.Planning.Api;
using Hfi.ServiceDefaults.Identity;
using Hfi.Testing;

namespace Hfi.Planning.Tests.Api;

[Collection(PlanningCollection.Name)]
public sealed class MemberApiTests(InfrastructureFixture infrastructure) : PlanningServiceTest(infrastructure)
{
    private static AddArenaMemberRequest Leader =>
        new()
        {
            ArenaId = "ssu",
            PersonName = "Kari Leder",
            Email = "kari.leder@hamar.kommune.no",
            PartnerId = "hamar",
            Kind = MemberKind.MunicipalRepresentative,
            Role = MemberRole.Leader,
            HasVotingRight = true,
            TermFrom = "2024-01-01",
            TermTo = "2025-12-31",
        };

    /// <summary>Per Vara, the first substitute for <paramref name="seat"/>.</summary>
    private static AddArenaMemberRequest VaraFor(ArenaMember seat) =>
        new()
        {
            ArenaId = "ssu",
            PersonName = "Per Vara",
            Email = "per.vara@hamar.kommune.no",
            PartnerId = "hamar",
            Kind = MemberKind.MunicipalRepresentative,
            Role = MemberRole.Substitute,
            HasVotingRight = true,
            TermFrom = "2024-01-01",
            SubstituteForMemberId = seat.MemberId,
            SubstituteRank = 1,
        };

    [Fact]
    public async Task The_secretariat_adds_members_and_substitutes_that_peers_list_by_date()
    {
        var secretariat = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel(TestIdentity.Secretariat));
        var leader = await secretariat.AddArenaMemberAsync(Leader);
        var substitute = await secretariat.AddArenaMemberAsync(VaraFor(leader));
        await secretariat.AddArenaMemberAsync(
            new AddArenaMemberRequest
            {
                ArenaId = "ssu",
                PersonName = "Siri Sykehus",
                Email = "siri@sykehuset-innlandet.no",
                PartnerId = "sykehuset-innlandet",
                Kind = MemberKind.HospitalRepresentative,
                Role = MemberRole.DeputyLeader,
                HasVotingRight = true,
                TermFrom = "2025-01-01",
            }
        );

        var peer = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel(TestIdentity.MunicipalMember));
        var in2025 = await peer.ListArenaMembersAsync(
            new ListArenaMembersRequest { ArenaId = "ssu", OnDate = "2025-06-01" }
        );
        var in2026 = await peer.ListArenaMembersAsync(
            new ListArenaMembersRequest { ArenaId = "ssu", OnDate = "2026-06-01" }
        );

        Assert.Equal(["Kari Leder", "Siri Sykehus", "Per Vara"], in2025.Members.Select(m => m.PersonName));
        Assert.Equal("Hamar", in2025.Members[0].PartnerName);
        Assert.Equal(leader.MemberId, in2025.Members[2].SubstituteForMemberId);
        Assert.Equal(1, substitute.SubstituteRank);
        Assert.Equal(["Siri Sykehus", "Per Vara"], in2026.Members.Select(m => m.PersonName));
        Assert.Equal("", in2026.Members[1].TermTo);
    }

    [Fact]
    public async Task Members_are_listed_over_rest_for_signed_in_callers_only_with_e_mails_for_the_arena_and_the_secretariat()
    {
        await new PlanningApi.PlanningApiClient(
            Factory.CreateGrpcChannel(TestIdentity.Secretariat)
        ).AddArenaMemberAsync(Leader);
        const string Path = "/api/planning/arenas/ssu/members?onDate=2025-03-01";

        using var outsider = Factory.CreateRestClient(TestIdentity.HospitalMember);
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);
        using var colleague = Factory.CreateRestClient(
            new TokenIssuer(TestIdentity.Options).Issue(
                "kari",
                HfiRoles.Member,
                PartnerKinds.Municipal,
                "hamar",
                email: "Kari.Leder@hamar.kommune.no"
            )
        );
        var seenByOutsider = (await outsider.GetFromJsonAsync<JsonElement>(Path)).GetProperty("members")[0];
        var seenBySecretariat = (await secretariat.GetFromJsonAsync<JsonElement>(Path)).GetProperty("members")[0];
        var seenByMember = (await colleague.GetFromJsonAsync<JsonElement>(Path)).GetProperty("members")[0];
        using var anonymous = Factory.CreateRestClient();
        var refused = await anonymous.GetAsync("/api/planning/arenas/ssu/members");

        Assert.Equal("MEMBER_ROLE_LEADER", seenByOutsider.GetProperty("role").GetString());
        Assert.False(
            seenByOutsider.TryGetProperty("email", out var hidden) && hidden.GetString()!.Length > 0,
            "someone outside the arena sees its e-mail addresses"
        );
        Assert.Equal("kari.leder@hamar.kommune.no", seenBySecretariat.GetProperty("email").GetString());
        Assert.Equal("kari.leder@hamar.kommune.no", seenByMember.GetProperty("email").GetString());
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Adding_a_member_takes_the_secretariat_a_known_arena_and_valid_fields()
    {
        var member = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel(TestIdentity.MunicipalMember));
        var secretariat = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel(TestIdentity.Secretariat));

        var denied = await Assert.ThrowsAsync<RpcException>(() => member.AddArenaMemberAsync(Leader).ResponseAsync);
        var unknownArena = await Assert.ThrowsAsync<RpcException>(() =>
            secretariat.AddArenaMemberAsync(new AddArenaMemberRequest(Leader) { ArenaId = "styret" }).ResponseAsync
        );
        var invalid = await Assert.ThrowsAsync<RpcException>(() =>
            secretariat
                .AddArenaMemberAsync(
                    new AddArenaMemberRequest(Leader)
                    {
                        Email = "kari.leder",
                        Kind = MemberKind.Observer,
                        TermTo = "2023-01-01",
                    }
                )
                .ResponseAsync
        );
        var listed = await member.ListArenaMembersAsync(
            new ListArenaMembersRequest { ArenaId = "ssu", OnDate = "2025-01-01" }
        );

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Equal(StatusCode.NotFound, unknownArena.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        Assert.Equal(
            ["email", "role", "has_voting_right", "term_to"],
            invalid.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field)
        );
        Assert.Empty(listed.Members);
    }

    [Fact]
    public async Task Partners_are_seeded_in_their_regions()
    {
        var client = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel());

        var all = await client.ListPartnersAsync(new ListPartnersRequest());
        var valdres = await client.ListPartnersAsync(new ListPartnersRequest { RegionId = "valdres" });

        Assert.Equal(49, all.Partners.Count);
        Assert.Equal("Sykehuset Innlandet", all.Partners[0].Name);
        // Æ, ø and å after z, in that order: Norwegian, not ordinal (Å before Ø) nor the root collation (Å as A).
        Assert.Equal(
            ["Vestre Toten", "Vågå", "Våler", "Østre Toten", "Øyer", "Øystre Slidre", "Åmot", "Åsnes"],
            all.Partners.TakeLast(8).Select(p => p.Name)
        );
        Assert.Equal(
            ["Etnedal", "Nord-Aurdal", "Sør-Aurdal", "Vang", "Vestre Slidre", "Øystre Slidre"],
            valdres.Partners.Select(p => p.Name)
        );
    }

    [Fact]
    public async Task An_unknown_planned_meeting_is_not_found()
    {
        var client = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel());

        var missing = await Assert.ThrowsAsync<RpcException>(() =>
            client
                .GetPlannedMeetingAsync(new GetPlannedMeetingRequest { PlannedMeetingId = Guid.NewGuid().ToString() })
                .ResponseAsync
        );
        var malformed = await Assert.ThrowsAsync<RpcException>(() =>
            client.GetPlannedMeetingAsync(new GetPlannedMeetingRequest { PlannedMeetingId = "13.feb" }).ResponseAsync
        );

        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, malformed.StatusCode);
    }

    [Fact]
    public async Task The_secretariat_corrects_a_seat_and_ends_a_term_and_its_substitutes_leave_with_it()
    {
        var secretariat = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel(TestIdentity.Secretariat));
        var leader = await secretariat.AddArenaMemberAsync(Leader);
        var vara = await secretariat.AddArenaMemberAsync(VaraFor(leader));

        var corrected = await secretariat.UpdateArenaMemberAsync(
            new UpdateArenaMemberRequest
            {
                ArenaId = "ssu",
                MemberId = leader.MemberId,
                PersonName = "Kari Leder-Hansen",
                Email = "kari.hansen@hamar.kommune.no",
                PartnerId = "hamar",
                Kind = MemberKind.MunicipalRepresentative,
                Role = MemberRole.Leader,
                HasVotingRight = true,
                TermFrom = "2024-01-01",
                TermTo = "2025-12-31",
            }
        );
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            secretariat
                .UpdateArenaMemberAsync(
                    new UpdateArenaMemberRequest
                    {
                        ArenaId = "ssu",
                        MemberId = leader.MemberId,
                        PersonName = "Kari Leder-Hansen",
                        Email = "kari.hansen@hamar.kommune.no",
                        PartnerId = "elverum",
                        Kind = MemberKind.MunicipalRepresentative,
                        Role = MemberRole.Leader,
                        HasVotingRight = true,
                        TermFrom = "2024-01-01",
                    }
                )
                .ResponseAsync
        );
        var ended = await secretariat.EndArenaMemberTermAsync(
            new EndArenaMemberTermRequest
            {
                ArenaId = "ssu",
                MemberId = leader.MemberId,
                TermTo = "2025-06-30",
            }
        );
        var tooEarly = await Assert.ThrowsAsync<RpcException>(() =>
            secretariat
                .EndArenaMemberTermAsync(
                    new EndArenaMemberTermRequest
                    {
                        ArenaId = "ssu",
                        MemberId = leader.MemberId,
                        TermTo = "2023-06-30",
                    }
                )
                .ResponseAsync
        );
        var elsewhere = await Assert.ThrowsAsync<RpcException>(() =>
            secretariat
                .EndArenaMemberTermAsync(
                    new EndArenaMemberTermRequest
                    {
                        ArenaId = "partnerskapsmotet",
                        MemberId = leader.MemberId,
                        TermTo = "2025-06-30",
                    }
                )
                .ResponseAsync
        );
        var member = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel(TestIdentity.MunicipalMember));
        var denied = await Assert.ThrowsAsync<RpcException>(() =>
            member
                .EndArenaMemberTermAsync(
                    new EndArenaMemberTermRequest
                    {
                        ArenaId = "ssu",
                        MemberId = leader.MemberId,
                        TermTo = "2025-06-30",
                    }
                )
                .ResponseAsync
        );

        var inJune = await secretariat.ListArenaMembersAsync(
            new ListArenaMembersRequest { ArenaId = "ssu", OnDate = "2025-06-30" }
        );
        var inJuly = await secretariat.ListArenaMembersAsync(
            new ListArenaMembersRequest { ArenaId = "ssu", OnDate = "2025-07-01" }
        );

        Assert.Equal("Kari Leder-Hansen", corrected.PersonName);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal("2025-06-30", ended.TermTo);
        Assert.Equal(StatusCode.InvalidArgument, tooEarly.StatusCode);
        Assert.Equal(StatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Equal(["Kari Leder-Hansen", "Per Vara"], inJune.Members.Select(m => m.PersonName));
        Assert.Equal("2025-06-30", inJune.Members.Single(m => m.MemberId == vara.MemberId).TermTo);
        Assert.Empty(inJuly.Members);
    }
}
