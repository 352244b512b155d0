using Hfi.Testing;

namespace Hfi.Meetings.Tests;

[CollectionDefinition(Name)]
public sealed class MeetingsCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "meetings";
}
