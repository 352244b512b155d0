using Hfi.Testing;

namespace Hfi.Notifications.Tests;

[CollectionDefinition(Name)]
public sealed class NotificationsCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "notifications";
}
