using System.Net;
using Hfi.Documents.Extensions;
using Hfi.Documents.Grpc;
using Hfi.Documents.Storage;
using Hfi.Documents.Tests.Api;
using Hfi.ServiceDefaults;
using Hfi.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hfi.Documents.Tests.Storage;

/// <summary>
/// Two instances of Documents (<c>HFI_REPLICAS=2</c>) sweeping orphaned bytes at once delete each chunk once, and only
/// orphans.
/// </summary>
[Collection(DocumentsCollection.Name)]
public sealed class TwoSweeperTests(InfrastructureFixture infrastructure) : DocumentsServiceTest(infrastructure)
{
    [Fact]
    public async Task Two_instances_sweeping_at_once_delete_every_orphaned_chunk_once_and_keep_what_documents_refer_to()
    {
        var configuration = Factory.Services.GetRequiredService<IConfiguration>();
        await using var second = new ServiceFactory<DocumentsService>([
            new(
                $"ConnectionStrings:{ResourceNames.DocumentsDatabase}",
                configuration.GetConnectionString(ResourceNames.DocumentsDatabase)
            ),
            new(
                $"ConnectionStrings:{ResourceNames.RabbitMq}",
                configuration.GetConnectionString(ResourceNames.RabbitMq)
            ),
        ]);
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);
        var kept = await secretariat.UploadAsync(
            Generation.SeedMeeting.MeetingId,
            Uploads.Form(Uploads.Pdf(300_000), "beholdes.pdf")
        );
        var keptChunks = await StoredChunkCountAsync();
        var store = new PostgresAttachmentStore(
            Factory.Services.GetRequiredService<DocumentsDataSource>(),
            Options.Create(new DocumentsOptions { ChunkBytes = ChunkBytes })
        );
        for (var orphan = 0; orphan < 20; orphan++)
        {
            await using var writer = await store.CreateAsync(CancellationToken.None);
            await writer.WriteAsync(Uploads.Pdf(200_000), CancellationToken.None);
            await writer.CommitAsync(CancellationToken.None);
        }
        var orphanedChunks = await StoredChunkCountAsync() - keptChunks;

        var sweepers = new[] { Factory, second }
            .Select(instance => instance.Services.GetRequiredService<OrphanedBlobSweeper>())
            .ToList();
        var deleted = await Task.WhenAll(
            Enumerable
                .Range(0, 6)
                .Select(n =>
                    Task.Run(() =>
                        sweepers[n % 2].SweepAsync(DateTimeOffset.UtcNow.AddSeconds(1), CancellationToken.None)
                    )
                )
        );

        Assert.Equal(orphanedChunks, deleted.Sum());
        Assert.Equal(keptChunks, await StoredChunkCountAsync());
        Assert.Equal(
            HttpStatusCode.OK,
            (await secretariat.GetAsync(kept.GetProperty("downloadPath").GetString())).StatusCode
        );
    }
}
