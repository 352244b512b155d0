using Hfi.Planning.Grpc;
using Hfi.ServiceDefaults;
using Hfi.Testing;

namespace Hfi.Planning.Tests;

/// <summary>Planning in memory on its own fresh database of the assembly's real Postgres, and the real broker.</summary>
public abstract class PlanningServiceTest(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    protected ServiceFactory<PlanningService> Factory { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Factory = await infrastructure.StartServiceAsync<PlanningService>(ResourceNames.PlanningDatabase);

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
