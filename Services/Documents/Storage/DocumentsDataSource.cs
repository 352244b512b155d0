using Npgsql;

namespace Hfi.Documents.Storage;

/// <summary>
/// The Npgsql data source of the documents database, for the chunk store's plain SQL (EF would track every chunk).
/// </summary>
internal sealed class DocumentsDataSource(string connectionString) : IDisposable
{
    public NpgsqlDataSource Value { get; } = NpgsqlDataSource.Create(connectionString);

    public void Dispose() => Value.Dispose();
}
