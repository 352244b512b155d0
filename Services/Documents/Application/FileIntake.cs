using System.Buffers;
using System.IO.Compression;
using System.Security.Cryptography;
using Hfi.Documents.Domain;
using Hfi.Documents.Domain.Files;
using Hfi.Documents.Extensions;
using Hfi.Documents.Storage;
using Hfi.ServiceDefaults.Domain;
using Microsoft.Extensions.Options;

namespace Hfi.Documents.Application;

/// <summary>
/// Takes a file from a stream into the store: reads its type from the first bytes, counts against the size limit
/// and hashes as the bytes pass, and never holds more than a buffer and one store chunk in memory.
/// </summary>
internal sealed class FileIntake(IAttachmentStore store, IOptions<DocumentsOptions> options)
{
    private const int CopyBufferBytes = 64 * 1024;

    public long MaxFileBytes => options.Value.MaxFileBytes;

    /// <exception cref="UnsupportedFileTypeException">The bytes are not of an accepted type; nothing is
    /// kept.</exception>
    /// <exception cref="FileTooLargeException">The stream is longer than the limit; nothing is kept.</exception>
    public async Task<StoredFile> StoreAsync(Stream source, string? clientFileName, CancellationToken cancellationToken)
    {
        var name = FileNames.Sanitise(clientFileName);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(CopyBufferBytes, FileTypeDetector.HeadLength));
        try
        {
            var headLength = await source.ReadAtLeastAsync(
                buffer.AsMemory(0, FileTypeDetector.HeadLength),
                FileTypeDetector.HeadLength,
                throwOnEndOfStream: false,
                cancellationToken
            );
            if (headLength == 0)
                throw new ValidationFailedException("file", Reasons.FileEmpty, "The file is empty.");

            var verdict = FileTypeDetector.Sniff(
                buffer.AsSpan(0, headLength),
                headLength < FileTypeDetector.HeadLength,
                name
            );
            if (verdict.RefusedAs is { } refused)
                throw new UnsupportedFileTypeException(refused);

            var (blobId, size, sha256) = await CopyToStoreAsync(source, buffer, headLength, cancellationToken);
            var type = verdict.Accepted ?? await ClassifyZipOrDeleteAsync(blobId, size, cancellationToken);
            return new StoredFile(blobId, FileNames.WithExtensionOf(name, type), type.MediaType, size, sha256);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task<(Guid BlobId, long Size, string Sha256)> CopyToStoreAsync(
        Stream source,
        byte[] buffer,
        int buffered,
        CancellationToken cancellationToken
    )
    {
        var limit = options.Value.MaxFileBytes;
        await using var writer = await store.CreateAsync(cancellationToken);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        while (buffered > 0)
        {
            size += buffered;
            if (size > limit)
                throw new FileTooLargeException(limit);
            hash.AppendData(buffer, 0, buffered);
            await writer.WriteAsync(buffer.AsMemory(0, buffered), cancellationToken);
            buffered = await source.ReadAsync(buffer.AsMemory(0, CopyBufferBytes), cancellationToken);
        }

        await writer.CommitAsync(cancellationToken);
        return (writer.BlobId, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>
    /// Reads the ZIP's central directory from the store (seeking, not reading the whole file) to tell Office documents
    /// from archives.
    /// </summary>
    private async Task<FileType> ClassifyZipOrDeleteAsync(Guid blobId, long size, CancellationToken cancellationToken)
    {
        FileTypeVerdict verdict;
        try
        {
            await using var stream = await store.OpenReadAsync(blobId, size, cancellationToken);
            await using var zip = await ZipArchive.CreateAsync(
                stream,
                ZipArchiveMode.Read,
                leaveOpen: false,
                entryNameEncoding: null,
                cancellationToken
            );
            verdict = FileTypeDetector.ClassifyZip(
                zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal)
            );
        }
        catch (InvalidDataException)
        {
            verdict = FileTypeVerdict.Refuse("a damaged ZIP file");
        }

        if (verdict.Accepted is { } type)
            return type;
        await store.DeleteAsync(blobId, CancellationToken.None);
        throw new UnsupportedFileTypeException(verdict.RefusedAs!);
    }
}
