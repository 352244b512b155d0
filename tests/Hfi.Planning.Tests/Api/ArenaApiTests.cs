using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Hfi.Planning.Api;
using Hfi.Planning.Data;
using Hfi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.Planning.Tests.Api;

[Collection(PlanningCollection.Name)]
public sealed class ArenaApiTests(InfrastructureFixture infrastructure) : PlanningServiceTest(infrastructure)
{
    [Fact]
    public async Task Migrations_seed_the_standing_organisation_readable_over_grpc_and_rest()
    {
        var client = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel());
        var ssu = await client.GetArenaAsync(new GetArenaRequest { ArenaId = "ssu" });

        using var rest = Factory.CreateRestClient();
        var json = await rest.GetFromJsonAsync<JsonElement>("/api/planning/arenas/ssu");

        Assert.Equal("Strategisk samarbeidsutvalg", ssu.Name);
        Assert.Equal(ssu.Name, json.GetProperty("name").GetString());
        Assert.Equal("ARENA_KIND_STRATEGIC_COMMITTEE", json.GetProperty("kind").GetString());

        var regions = await client.ListRegionsAsync(new ListRegionsRequest());
        Assert.Equal(7, regions.Regions.Count);
    }

    [Fact]
    public async Task The_secretariat_creates_an_arena_and_reads_it_back_over_rest()
    {
        var client = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel(TestIdentity.Secretariat));
        var created = await client.CreateArenaAsync(
            new CreateArenaRequest { Name = "Fagråd for rus", Kind = ArenaKind.Other }
        );

        using var rest = Factory.CreateRestClient();
        var json = await rest.GetFromJsonAsync<JsonElement>($"/api/planning/arenas/{created.ArenaId}");

        Assert.Equal("fagrad-for-rus", created.ArenaId);
        Assert.Equal("Fagråd for rus", json.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Creating_an_arena_takes_a_secretariat_token()
    {
        var request = new CreateArenaRequest { Name = "Uautorisert", Kind = ArenaKind.Other };

        var anonymous = await Assert.ThrowsAsync<RpcException>(() =>
            new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel()).CreateArenaAsync(request).ResponseAsync
        );
        var member = await Assert.ThrowsAsync<RpcException>(() =>
            new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel(TestIdentity.MunicipalMember))
                .CreateArenaAsync(request)
                .ResponseAsync
        );
        using var forged = Factory.CreateRestClient("not-a-token");
        var forgedAnswer = await forged.PostAsJsonAsync(
            "/api/planning/arenas",
            new { name = "Uautorisert", kind = "ARENA_KIND_OTHER" }
        );

        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, member.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forgedAnswer.StatusCode);
    }

    [Fact]
    public async Task An_invalid_arena_is_refused_naming_each_field()
    {
        var client = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel(TestIdentity.Secretariat));

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            client
                .CreateArenaAsync(
                    new CreateArenaRequest
                    {
                        Name = "",
                        Kind = ArenaKind.DialogueMeeting,
                        RegionId = "oslo",
                    }
                )
                .ResponseAsync
        );

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var details = error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>();
        Assert.Equal(["name", "region_id"], details.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task Malformed_json_is_answered_with_400_saying_where()
    {
        using var rest = Factory.CreateRestClient(TestIdentity.Secretariat);
        using var body = new StringContent(
            """{"name": "Fagråd", "kind": NOPE}""",
            System.Text.Encoding.UTF8,
            "application/json"
        );

        var answer = await rest.PostAsync("/api/planning/arenas", body);
        var json = await answer.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("after property 'kind'", json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_duplicate_name_is_a_conflict()
    {
        var client = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel(TestIdentity.Secretariat));

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            client
                .CreateArenaAsync(new CreateArenaRequest { Name = "Arbeidsutvalget", Kind = ArenaKind.Other })
                .ResponseAsync
        );

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
    }

    [Fact]
    public async Task A_new_arena_leaves_through_the_outbox()
    {
        var client = new PlanningApi.PlanningApiClient(Factory.CreateGrpcChannel(TestIdentity.Secretariat));
        await client.CreateArenaAsync(
            new CreateArenaRequest { Name = "Fagråd for habilitering", Kind = ArenaKind.Other }
        );

        var sent = await Eventually.Get(
            async () =>
            {
                await using var scope = Factory.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PlanningDbContext>();
                return await db.OutboxMessages.AsNoTracking().SingleAsync();
            },
            message => message.SentAt is not null,
            "the outbox message to be published"
        );

        Assert.Contains("ArenaCreated", sent.MessageType);
        Assert.Contains("fagrad-for-habilitering", sent.Payload);
    }
}
