extern alias planning;
using Hfi.Meetings.Api;
using Hfi.Meetings.Data;
using Hfi.Meetings.Grpc;
using Hfi.Meetings.Tests.Api;
using Hfi.Planning.Api;
using Hfi.ServiceDefaults;
using Hfi.ServiceDefaults.Messaging;
using Hfi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PlanningService = planning::Hfi.Planning.Grpc.PlanningService;

namespace Hfi.Meetings.Tests;

/// <summary>
/// Meetings in memory on its own fresh database, talking over gRPC to a real Planning (its own database) in memory,
/// with the assembly's real Postgres and broker.
/// </summary>
public abstract class MeetingsServiceTest(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    protected ServiceFactory<PlanningService> PlanningFactory { get; private set; } = null!;
    protected ServiceFactory<MeetingsService> Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        PlanningFactory = await infrastructure.StartServiceAsync<PlanningService>(ResourceNames.PlanningDatabase);
        Factory = await infrastructure.StartServiceAsync<MeetingsService>(
            ResourceNames.MeetingsDatabase,
            [new($"services:{ResourceNames.Planning}:http:0", "http://localhost")],
            // AddGrpcClient names its HttpClient after the client type; route it to the in-memory Planning.
            services =>
                services
                    .AddHttpClient(nameof(PlanningApi.PlanningApiClient))
                    .ConfigurePrimaryHttpMessageHandler(() => PlanningFactory.Server.CreateHandler())
        );
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await PlanningFactory.DisposeAsync();
    }

    /// <summary>
    /// Another instance of Meetings on the same database (<c>HFI_REPLICAS=2</c>), with its own memory.
    /// </summary>
    protected ServiceFactory<MeetingsService> AnotherInstance()
    {
        var configuration = Factory.Services.GetRequiredService<IConfiguration>();
        var instance = new ServiceFactory<MeetingsService>(
            [
                new(
                    $"ConnectionStrings:{ResourceNames.MeetingsDatabase}",
                    configuration.GetConnectionString(ResourceNames.MeetingsDatabase)
                ),
                new(
                    $"ConnectionStrings:{ResourceNames.RabbitMq}",
                    configuration.GetConnectionString(ResourceNames.RabbitMq)
                ),
                new($"services:{ResourceNames.Planning}:http:0", "http://localhost"),
            ],
            services =>
                services
                    .AddHttpClient(nameof(PlanningApi.PlanningApiClient))
                    .ConfigurePrimaryHttpMessageHandler(() => PlanningFactory.Server.CreateHandler())
        );
        _ = instance.Server;
        return instance;
    }

    protected MeetingsApi.MeetingsApiClient Meetings(string? token = null) => new(Factory.CreateGrpcChannel(token));

    protected PlanningApi.PlanningApiClient Planning(string? token = null) =>
        new(PlanningFactory.CreateGrpcChannel(token));

    protected async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.OccurredAt).ToListAsync();
    }

    protected async Task<ArenaMember> AddMemberAsync(
        string name,
        string partnerId,
        MemberKind kind,
        MemberRole role = MemberRole.Member,
        ArenaMember? substituteFor = null,
        int rank = 0
    ) =>
        await Planning(TestIdentity.Secretariat)
            .AddArenaMemberAsync(
                new AddArenaMemberRequest
                {
                    ArenaId = SeedNotice.ArenaId,
                    PersonName = name,
                    Email = $"{Guid.NewGuid():N}@example.no",
                    PartnerId = partnerId,
                    Kind = kind,
                    Role = role,
                    HasVotingRight = role != MemberRole.Substitute,
                    TermFrom = "2024-01-01",
                    SubstituteForMemberId = substituteFor?.MemberId ?? "",
                    SubstituteRank = rank,
                }
            );
}
