using Hfi.Testing;

namespace Hfi.Documents.Tests;

[CollectionDefinition(Name)]
public sealed class DocumentsCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "documents";
}
