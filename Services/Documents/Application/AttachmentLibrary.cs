using Hfi.Contracts;
using Hfi.Documents.Data;
using Hfi.Documents.Domain;
using Hfi.Documents.Domain.Access;
using Hfi.Documents.Storage;
using Hfi.ServiceDefaults.Data;
using Hfi.ServiceDefaults.Domain;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Documents.Application;

/// <summary>
/// Records stored files as documents and their versions, published to their audience once the meeting is known.
/// </summary>
public sealed class AttachmentLibrary(DocumentsDbContext db, IAttachmentStore store, TimeProvider clock)
{
    /// <summary>
    /// How long an upload waits to hear of a meeting just created (the event is on its way through the outbox).
    /// </summary>
    private static readonly TimeSpan NewMeetingGrace = TimeSpan.FromSeconds(3);

    public static string DownloadPath(Guid attachmentId) => $"/api/documents/files/{attachmentId}";

    /// <summary>
    /// Adds an uploaded file as a new attachment, or as the next version of the one named by id or by title.
    /// The stored bytes are deleted again when the record cannot be saved.
    /// </summary>
    public Task<(Attachment Attachment, AttachmentVersion Version)> AddUploadAsync(
        Guid meetingId,
        AttachmentMetadata metadata,
        StoredFile file,
        string uploadedBy,
        CancellationToken cancellationToken
    ) =>
        SaveOrDeleteBlobAsync(
            file,
            async () =>
            {
                var cases = await MeetingCasesAsync(meetingId, cancellationToken);
                var attachment = await FindUploadTargetAsync(meetingId, metadata, file, cancellationToken);
                var isNew = db.Entry(attachment).State == EntityState.Added;
                if (metadata.Title is not null)
                    attachment.Title = metadata.Title;
                if (metadata.CaseNumber is not null)
                    attachment.CaseNumber = metadata.CaseNumber;
                attachment.Audience = cases.AudienceFor(
                    attachment.CaseNumber,
                    metadata.Audience ?? (isNew ? null : attachment.Audience)
                );
                if (metadata.PublicAccess is not null)
                    attachment.PublicAccess = metadata.PublicAccess;
                var version = attachment.AddVersion(file, uploadedBy, clock.GetUtcNow());

                // Before the notice is out, the notice itself announces its attachments.
                if (await db.KnownMeetings.FindAsync([meetingId], cancellationToken) is { } meeting)
                    attachment.Publish(version, meeting.ArenaId);
                await SaveAsync(cancellationToken);
                return (attachment, version);
            }
        );

    /// <summary>
    /// The meeting as Meetings told it; a meeting it has not told of (within a short grace for a new one) does not
    /// exist.
    /// </summary>
    private async Task<MeetingCases> MeetingCasesAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        var giveUpAt = clock.GetUtcNow() + NewMeetingGrace;
        while (true)
        {
            var cases = await db
                .MeetingCases.AsNoTracking()
                .SingleOrDefaultAsync(m => m.MeetingId == meetingId, cancellationToken);
            if (cases is not null)
                return cases;
            if (clock.GetUtcNow() >= giveUpAt)
                throw new NotFoundException(Reasons.MeetingNotFound, $"Meeting {meetingId} does not exist.");
            await Task.Delay(TimeSpan.FromMilliseconds(200), clock, cancellationToken);
        }
    }

    /// <summary>
    /// Adds a generated notice or minutes as the next version of its document, announced to its audience.
    /// </summary>
    internal Task<AttachmentVersion> AddGeneratedAsync(
        GeneratedDocumentKey key,
        StoredFile file,
        int? sourceVersion,
        CancellationToken cancellationToken
    ) =>
        SaveOrDeleteBlobAsync(
            file,
            async () =>
            {
                var attachment = await db.Attachments.SingleOrDefaultAsync(
                    a => a.MeetingId == key.MeetingId && a.Kind == key.Kind && a.Title == key.Title,
                    cancellationToken
                );
                if (attachment is null)
                {
                    attachment = New(
                        key.MeetingId,
                        key.ArenaId,
                        key.Kind,
                        key.Title,
                        key.Audience,
                        PublicAccess.Public
                    );
                    db.Attachments.Add(attachment);
                }

                var version = attachment.AddVersion(file, "hfi-documents", clock.GetUtcNow(), sourceVersion);
                attachment.Publish(version, key.ArenaId);
                await SaveAsync(cancellationToken);
                return version;
            }
        );

    /// <summary>
    /// Whether the generated document already renders <paramref name="sourceVersion"/> or a later one: the event is
    /// late or repeated.
    /// </summary>
    internal Task<bool> HasSourceVersionAsync(
        GeneratedDocumentKey key,
        int sourceVersion,
        CancellationToken cancellationToken
    ) =>
        db.AttachmentVersions.AnyAsync(
            v =>
                v.SourceVersion >= sourceVersion
                && db.Attachments.Any(a =>
                    a.Id == v.AttachmentId && a.MeetingId == key.MeetingId && a.Kind == key.Kind && a.Title == key.Title
                ),
            cancellationToken
        );

    private async Task<Attachment> FindUploadTargetAsync(
        Guid meetingId,
        AttachmentMetadata metadata,
        StoredFile file,
        CancellationToken cancellationToken
    )
    {
        if (metadata.AttachmentId is { } id)
        {
            var named =
                await db.Attachments.SingleOrDefaultAsync(
                    a => a.Id == id && a.MeetingId == meetingId && a.Kind == DocumentKinds.Attachment,
                    cancellationToken
                )
                ?? throw new NotFoundException(
                    Reasons.AttachmentNotFound,
                    $"Meeting {meetingId} has no attachment {id}."
                );
            if (
                metadata.Title is { } newTitle
                && newTitle != named.Title
                && await db.Attachments.AnyAsync(
                    a => a.MeetingId == meetingId && a.Kind == DocumentKinds.Attachment && a.Title == newTitle,
                    cancellationToken
                )
            )
            {
                throw new ConflictException(
                    Reasons.AttachmentTitleTaken,
                    $"Meeting {meetingId} already has an attachment titled '{newTitle}'; choose another title."
                );
            }
            return named;
        }

        var title = metadata.Title ?? Path.GetFileNameWithoutExtension(file.FileName);
        var existing = await db.Attachments.SingleOrDefaultAsync(
            a => a.MeetingId == meetingId && a.Kind == DocumentKinds.Attachment && a.Title == title,
            cancellationToken
        );
        if (existing is not null)
            return existing;

        var created = New(
            meetingId,
            arenaId: null,
            DocumentKinds.Attachment,
            title,
            metadata.Audience ?? Audiences.AllMembers,
            metadata.PublicAccess ?? PublicAccess.Public
        );
        db.Attachments.Add(created);
        return created;
    }

    /// <summary>
    /// Deletes an uploaded attachment with every version and its stored bytes, while no notice has gone out for its
    /// meeting; a generated document is the record and is never deleted.
    /// </summary>
    public async Task DeleteAsync(Guid attachmentId, CancellationToken cancellationToken)
    {
        var attachment =
            await db
                .Attachments.Include(a => a.Versions)
                .SingleOrDefaultAsync(a => a.Id == attachmentId, cancellationToken)
            ?? throw NotFound(attachmentId);
        attachment.EnsureWithdrawable(
            noticeIssued: await db.KnownMeetings.AnyAsync(m => m.MeetingId == attachment.MeetingId, cancellationToken)
        );

        db.Attachments.Remove(attachment);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var version in attachment.Versions)
            await store.DeleteAsync(version.BlobId, CancellationToken.None);
    }

    /// <summary>
    /// Changes who may read an attachment: its audience and its public access, those of the metadata
    /// <paramref name="fields"/> given (the upload's field names), each checked as on upload.
    /// </summary>
    public async Task<(Attachment Attachment, AttachmentVersion Latest)> SetAccessAsync(
        Guid attachmentId,
        IReadOnlyDictionary<string, string> fields,
        CancellationToken cancellationToken
    )
    {
        var attachment =
            await db.Attachments.SingleOrDefaultAsync(a => a.Id == attachmentId, cancellationToken)
            ?? throw NotFound(attachmentId);
        var access = AttachmentMetadata.Parse(fields);
        if (access.Audience is not null)
            attachment.Audience = access.Audience;
        if (access.PublicAccess is not null)
            attachment.PublicAccess = access.PublicAccess;
        await db.SaveChangesAsync(cancellationToken);

        var latest = await db
            .AttachmentVersions.AsNoTracking()
            .SingleAsync(
                v => v.AttachmentId == attachmentId && v.Version == attachment.LatestVersion,
                cancellationToken
            );
        return (attachment, latest);
    }

    private static NotFoundException NotFound(Guid attachmentId) =>
        new(Reasons.DocumentNotFound, $"There is no document {attachmentId}.");

    private Attachment New(
        Guid meetingId,
        string? arenaId,
        string kind,
        string title,
        string audience,
        PublicAccess publicAccess
    ) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            MeetingId = meetingId,
            ArenaId = arenaId,
            Kind = kind,
            Title = title,
            Audience = audience,
            PublicAccess = publicAccess,
            CreatedAt = clock.GetUtcNow(),
        };

    private Task SaveAsync(CancellationToken cancellationToken) =>
        db.SaveChangesOrConflictAsync(
            () =>
                new ConflictException(
                    Reasons.AttachmentSavedConcurrently,
                    "Another upload of the same attachment was saved at the same time; send the file again to make it the next version."
                ),
            cancellationToken
        );

    private async Task<T> SaveOrDeleteBlobAsync<T>(StoredFile file, Func<Task<T>> save)
    {
        try
        {
            return await save();
        }
        catch
        {
            await store.DeleteAsync(file.BlobId, CancellationToken.None);
            throw;
        }
    }
}

/// <summary>Which generated document a file is a version of: one per meeting, kind, audience and format.</summary>
internal sealed record GeneratedDocumentKey(Guid MeetingId, string ArenaId, string Kind, string Title, string Audience);
