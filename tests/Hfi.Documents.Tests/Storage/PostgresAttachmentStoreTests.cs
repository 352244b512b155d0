using System.Net;
using Hfi.Documents.Extensions;
using Hfi.Documents.Storage;
using Hfi.Documents.Tests.Api;
using Hfi.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hfi.Documents.Tests.Storage;

[Collection(DocumentsCollection.Name)]
public sealed class PostgresAttachmentStoreTests(InfrastructureFixture infrastructure)
    : DocumentsServiceTest(infrastructure)
{
    [Fact]
    public async Task A_blob_stays_readable_after_the_configured_chunk_size_changes()
    {
        var bytes = Uploads.Pdf(300_000, seed: 7);
        var blobId = await WriteAsync(Store(chunkBytes: 64 * 1024), bytes);

        await using var stream = await Store(chunkBytes: 1024 * 1024)
            .OpenReadAsync(blobId, bytes.Length, CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task Reads_can_seek_across_chunk_boundaries()
    {
        var bytes = Uploads.Pdf(200_000, seed: 8);
        var store = Store(chunkBytes: 64 * 1024);
        var blobId = await WriteAsync(store, bytes);
        await using var stream = await store.OpenReadAsync(blobId, bytes.Length, CancellationToken.None);
        var buffer = new byte[1000];

        stream.Seek(-500, SeekOrigin.End);
        var tail = await stream.ReadAtLeastAsync(buffer, 500, throwOnEndOfStream: false);
        stream.Position = 64 * 1024 - 300;
        await stream.ReadExactlyAsync(buffer, 0, 300);
        await stream.ReadExactlyAsync(buffer, 300, 700);

        Assert.Equal(500, tail);
        Assert.Equal(bytes.AsSpan(64 * 1024 - 300, 1000).ToArray(), buffer);
    }

    [Fact]
    public async Task A_blob_not_committed_leaves_nothing_behind()
    {
        var store = Store(chunkBytes: 64 * 1024);

        await using (var writer = await store.CreateAsync(CancellationToken.None))
        {
            await writer.WriteAsync(Uploads.Pdf(200_000), CancellationToken.None);
        }

        Assert.Equal(0, await StoredChunkCountAsync());
    }

    [Fact]
    public async Task Stored_bytes_no_document_refers_to_are_swept_once_old_enough()
    {
        using var secretariat = Factory.CreateRestClient(TestIdentity.Secretariat);
        var kept = await secretariat.UploadAsync(
            Generation.SeedMeeting.MeetingId,
            Uploads.Form(Uploads.Pdf(100_000), "beholdes.pdf")
        );
        await WriteAsync(Store(chunkBytes: 64 * 1024), Uploads.Pdf(100_000));
        var sweeper = Factory.Services.GetRequiredService<OrphanedBlobSweeper>();

        var tooYoung = await sweeper.SweepAsync(DateTimeOffset.UtcNow.AddMinutes(-5), CancellationToken.None);
        var swept = await sweeper.SweepAsync(DateTimeOffset.UtcNow.AddSeconds(1), CancellationToken.None);

        Assert.Equal(0, tooYoung);
        Assert.Equal(2, swept);
        Assert.Equal(2, await StoredChunkCountAsync());
        Assert.Equal(
            HttpStatusCode.OK,
            (await secretariat.GetAsync(kept.GetProperty("downloadPath").GetString())).StatusCode
        );
    }

    private PostgresAttachmentStore Store(int chunkBytes) =>
        new(
            Factory.Services.GetRequiredService<DocumentsDataSource>(),
            Options.Create(new DocumentsOptions { ChunkBytes = chunkBytes })
        );

    private static async Task<Guid> WriteAsync(IAttachmentStore store, byte[] bytes)
    {
        await using var writer = await store.CreateAsync(CancellationToken.None);
        // Uneven pieces, so chunk boundaries fall inside writes.
        for (var offset = 0; offset < bytes.Length; offset += 10_007)
        {
            await writer.WriteAsync(
                bytes.AsMemory(offset, Math.Min(10_007, bytes.Length - offset)),
                CancellationToken.None
            );
        }

        await writer.CommitAsync(CancellationToken.None);
        return writer.BlobId;
    }
}
