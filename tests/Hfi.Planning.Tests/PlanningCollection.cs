using Hfi.Testing;

namespace Hfi.Planning.Tests;

[CollectionDefinition(Name)]
public sealed class PlanningCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "planning";
}
