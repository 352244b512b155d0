using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Hfi.Planning.Api;
using Hfi.Planning.Data;
using Hfi.ServiceDefaults.Identity;
using Hfi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.Planning.Tests.Api;

/// <summary>
/// «Sitter også i» for a page of an arena's seats: the other arenas' seats of exactly the people asked about, by
/// e-mail address, only to a caller who sees the addresses of both arenas; and one seat read by its id.
/// </summary>
[Collection(PlanningCollection.Name)]
public sealed class OtherSeatsApiTests(InfrastructureFixture infrastructure) : PlanningServiceTest(infrastructure)
{
    private static AddArenaMemberRequest Seat(string arenaId, string name, string email, MemberRole role) =>
        new()
        {
            ArenaId = arenaId,
            PersonName = name,
            Email = email,
            PartnerId = "hamar",
            Kind = MemberKind.MunicipalRepresentative,
            Role = role,
            HasVotingRight = true,
            TermFrom = "2024-01-01",
            TermTo = "2025-12-31",
        };

    [Fact]
    public async Task The_other_seats_of_the_people_asked_about_are_listed_by_e_mail_in_any_case_on_the_day()
    {
        var secretariat = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel(TestIdentity.Secretariat));
        var kari = await secretariat.AddArenaMemberAsync(
            Seat("ssu", "Kari Hamar", "kari@hamar.kommune.no", MemberRole.Leader)
        );
        var ola = await secretariat.AddArenaMemberAsync(
            Seat("ssu", "Ola Hamar", "ola@hamar.kommune.no", MemberRole.Member)
        );
        var notAsked = await secretariat.AddArenaMemberAsync(
            Seat("ssu", "Per Hamar", "per@hamar.kommune.no", MemberRole.Member)
        );
        var kariInAu = await secretariat.AddArenaMemberAsync(
            Seat("arbeidsutvalget", "Kari Hamar", "Kari@Hamar.Kommune.no", MemberRole.Member)
        );
        await secretariat.AddArenaMemberAsync(
            Seat("partnerskapsmotet", "Per Hamar", "per@hamar.kommune.no", MemberRole.Member)
        );
        var ended = Seat("partnerskapsmotet", "Kari Hamar", "kari@hamar.kommune.no", MemberRole.Member);
        ended.TermTo = "2024-12-31";
        await secretariat.AddArenaMemberAsync(ended);

        var request = new ListOtherSeatsRequest
        {
            ArenaId = "ssu",
            OnDate = "2025-03-01",
            MemberIds = { kari.MemberId, ola.MemberId },
        };
        var answer = await secretariat.ListOtherSeatsAsync(request);

        var seat = Assert.Single(answer.Seats);
        Assert.Equal(kari.MemberId, seat.MemberId);
        Assert.Equal("arbeidsutvalget", seat.ArenaId);
        Assert.Equal(kariInAu.MemberId, seat.OtherMemberId);
        Assert.Equal(MemberRole.Member, seat.Role);
        Assert.DoesNotContain(answer.Seats, s => s.MemberId == notAsked.MemberId);

        request.OnDate = "2024-06-01";
        var earlier = await secretariat.ListOtherSeatsAsync(request);
        Assert.Equal(["arbeidsutvalget", "partnerskapsmotet"], earlier.Seats.Select(s => s.ArenaId));
    }

    [Fact]
    public async Task A_member_gets_the_other_seats_only_in_arenas_they_sit_in_and_an_outsider_none()
    {
        var secretariat = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel(TestIdentity.Secretariat));
        var kari = await secretariat.AddArenaMemberAsync(
            Seat("ssu", "Kari Hamar", "kari@hamar.kommune.no", MemberRole.Leader)
        );
        await secretariat.AddArenaMemberAsync(
            Seat("arbeidsutvalget", "Kari Hamar", "kari@hamar.kommune.no", MemberRole.Member)
        );
        await secretariat.AddArenaMemberAsync(
            Seat("partnerskapsmotet", "Kari Hamar", "kari@hamar.kommune.no", MemberRole.Member)
        );
        await secretariat.AddArenaMemberAsync(Seat("ssu", "Ola Hamar", "ola@hamar.kommune.no", MemberRole.Member));
        await secretariat.AddArenaMemberAsync(
            Seat("arbeidsutvalget", "Ola Hamar", "ola@hamar.kommune.no", MemberRole.Member)
        );
        var path = $"/api/planning/arenas/ssu/other-seats?onDate=2025-03-01&memberIds={kari.MemberId}";

        using var ola = Factory.CreateRestClient(
            new TokenIssuer(TestIdentity.Options).Issue(
                "ola",
                HfiRoles.Member,
                PartnerKinds.Municipal,
                "hamar",
                email: "Ola@hamar.kommune.no"
            )
        );
        using var outsider = Factory.CreateRestClient(TestIdentity.HospitalMember);
        using var anonymous = Factory.CreateRestClient();
        var seenByOla = await ola.GetFromJsonAsync<JsonElement>(path);
        var seenByOutsider = await outsider.GetFromJsonAsync<JsonElement>(path);

        // Ola sits in SSU and AU, not in Partnerskapsmøtet: Kari's seat there is matched by an address Ola never sees.
        Assert.Equal(
            ["arbeidsutvalget"],
            seenByOla.GetProperty("seats").EnumerateArray().Select(s => s.GetProperty("arenaId").GetString())
        );
        Assert.False(seenByOutsider.TryGetProperty("seats", out var seats) && seats.GetArrayLength() > 0);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Too_many_ids_a_bad_id_or_a_bad_date_are_refused_naming_the_field()
    {
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);
        var tooMany = string.Join("&", Enumerable.Range(0, 101).Select(_ => $"memberIds={Guid.CreateVersion7()}"));

        var refusals = new[]
        {
            await secretariat.GetAsync($"/api/planning/arenas/ssu/other-seats?{tooMany}"),
            await secretariat.GetAsync("/api/planning/arenas/ssu/other-seats?memberIds=kari"),
            await secretariat.GetAsync("/api/planning/arenas/ssu/other-seats?onDate=1.3.2025"),
        };

        Assert.All(refusals, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Contains("member_ids", await refusals[0].Content.ReadAsStringAsync());
        Assert.Contains("at most 100", await refusals[0].Content.ReadAsStringAsync());
        Assert.Contains("member_ids", await refusals[1].Content.ReadAsStringAsync());
        Assert.Contains("on_date", await refusals[2].Content.ReadAsStringAsync());
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await secretariat.GetAsync("/api/planning/arenas/ingen/other-seats")).StatusCode
        );
    }

    [Fact]
    public async Task One_seat_is_read_by_its_id_whatever_its_term_with_the_e_mail_for_the_secretariat_only()
    {
        var secretariat = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel(TestIdentity.Secretariat));
        var ended = Seat("ssu", "Kari Hamar", "kari@hamar.kommune.no", MemberRole.Leader);
        ended.TermTo = "2024-06-30";
        var kari = await secretariat.AddArenaMemberAsync(ended);

        var read = await secretariat.GetArenaMemberAsync(
            new GetArenaMemberRequest { ArenaId = "ssu", MemberId = kari.MemberId }
        );
        var outsider = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel(TestIdentity.HospitalMember));
        var seenByOutsider = await outsider.GetArenaMemberAsync(
            new GetArenaMemberRequest { ArenaId = "ssu", MemberId = kari.MemberId }
        );
        var elsewhere = await Assert.ThrowsAsync<RpcException>(() =>
            secretariat
                .GetArenaMemberAsync(
                    new GetArenaMemberRequest { ArenaId = "arbeidsutvalget", MemberId = kari.MemberId }
                )
                .ResponseAsync
        );

        Assert.Equal("Kari Hamar", read.PersonName);
        Assert.Equal("2024-06-30", read.TermTo);
        Assert.Equal("kari@hamar.kommune.no", read.Email);
        Assert.Equal("Kari Hamar", seenByOutsider.PersonName);
        Assert.Equal("", seenByOutsider.Email);
        Assert.Equal(StatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task A_case_blind_e_mail_match_is_an_index_lookup_not_a_scan_of_every_term_ever_held()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlanningDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        // A small table is cheaper to scan; with scans priced out, the plan shows whether an index can serve lower().
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off");
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = """
            EXPLAIN SELECT "Id" FROM arena_members WHERE lower("Email") = 'kari@hamar.kommune.no'
            """;
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                plan.Add(reader.GetString(0));
        }

        Assert.Contains(plan, line => line.Contains("IX_arena_members_lower_Email"));
    }
}
