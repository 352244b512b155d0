using Hfi.Planning.Grpc;
using Hfi.ServiceDefaults;
using Hfi.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.Planning.Tests;

/// <summary>
/// Planning in memory on its own fresh database of the assembly's real Postgres, and the real broker.
/// </summary>
public abstract class PlanningServiceTest(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    protected ServiceFactory<PlanningService> Factory { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Factory = await infrastructure.StartServiceAsync<PlanningService>(
            ResourceNames.PlanningDatabase,
            configureServices: ConfigureServices
        );

    /// <summary>Replaces services for one test class, e.g. a fixed clock.</summary>
    protected virtual void ConfigureServices(IServiceCollection services) { }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
