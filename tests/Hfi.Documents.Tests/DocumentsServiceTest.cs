using Hfi.Documents.Api;
using Hfi.Documents.Data;
using Hfi.Documents.Grpc;
using Hfi.ServiceDefaults;
using Hfi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hfi.Documents.Tests;

/// <summary>
/// Documents in memory on its own fresh database of the assembly's real Postgres, and the real broker. Small
/// chunks and a small size limit, so a file of a few hundred kilobytes crosses chunk boundaries and the limit is cheap
/// to exceed.
/// </summary>
public abstract class DocumentsServiceTest(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    protected const int ChunkBytes = 64 * 1024;
    protected const long MaxFileBytes = 1024 * 1024;

    protected ServiceFactory<DocumentsService> Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var database = await infrastructure.CreateDatabaseAsync(ResourceNames.DocumentsDatabase);
        Factory = new ServiceFactory<DocumentsService>([
            new($"ConnectionStrings:{ResourceNames.DocumentsDatabase}", database),
            new($"ConnectionStrings:{ResourceNames.RabbitMq}", infrastructure.RabbitMq.ConnectionString),
            new("Documents:ChunkBytes", ChunkBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Documents:MaxFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        _ = Factory.Server;
        foreach (var meetingId in KnownMeetingIds)
            await KnowMeetingAsync(meetingId);
    }

    /// <summary>
    /// The meetings Documents has heard of from Meetings when the test starts (uploads to others are refused).
    /// </summary>
    protected virtual IEnumerable<Guid> KnownMeetingIds => [Generation.SeedMeeting.MeetingId];

    /// <summary>What a MeetingCasesChanged from Meetings leaves behind: the meeting exists, with these cases.</summary>
    protected Task KnowMeetingAsync(Guid meetingId, params Hfi.Documents.Domain.CaseAudience[] cases) =>
        QueryAsync(async db =>
        {
            db.MeetingCases.Add(
                new Hfi.Documents.Domain.MeetingCases
                {
                    MeetingId = meetingId,
                    ArenaId = "partnerskapsmotet",
                    AsOf = DateTimeOffset.UnixEpoch,
                    Cases = [.. cases],
                }
            );
            return await db.SaveChangesAsync();
        });

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    protected DocumentsApi.DocumentsApiClient Client(string? token = null) => new(Factory.CreateGrpcChannel(token));

    protected async Task<T> QueryAsync<T>(Func<DocumentsDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DocumentsDbContext>());
    }

    protected Task<int> StoredChunkCountAsync() =>
        QueryAsync(db =>
            db.Database.SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM attachment_chunks""").SingleAsync()
        );
}
