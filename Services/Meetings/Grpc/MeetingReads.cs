using Google.Protobuf;
using Hfi.Meetings.Api;
using Hfi.Meetings.Data;
using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Grpc;
using Microsoft.EntityFrameworkCore;
using DomainMeeting = Hfi.Meetings.Domain.Meeting;

namespace Hfi.Meetings.Grpc;

/// <summary>An answer with its ETag (<see cref="EntityTags"/>), as one viewer gets it.</summary>
public sealed record TaggedRead<T>(T Message, string ETag)
    where T : IMessage<T>;

/// <summary>
/// The hot reads, a meeting and its agenda, as a viewer sees them: one indexed scalar query when the answer is cached.
/// <para>
/// The version is Postgres's <c>xmin</c> of the meeting row (the concurrency token already): every save of a meeting
/// rewrites its row (<see cref="MeetingStore.SaveAsync"/>), whatever it changed (details, items, decisions, conflicts
/// of interest, notices). Reading it before serving from the cache costs one round trip (<see cref="MeetingVersions"/>)
/// and sees a save committed by any instance (<c>HFI_REPLICAS</c> share one database), so no instance serves an
/// answer older than the last save; a time-to-live alone would. The version is read before the meeting is loaded: a
/// save in between makes the loaded answer newer than the version it is kept under, so the next read only reloads it.
/// </para>
/// Answers are built and kept per <see cref="Viewer.Key"/>: what one audience gets is never served to another.
/// Cached messages are shared by concurrent readers and never changed once built.
/// </summary>
public sealed class MeetingReads(MeetingStore store, MeetingReadCache cache, MeetingVersions versions)
{
    /// <summary>The shapes of the cached reads (<see cref="ReadKey.Shape"/>).</summary>
    public const string AgendaShape = "agenda";

    public const string MeetingShape = "meeting";

    /// <summary>
    /// The meeting with what these reads show of it (items, and conflicts of interest for the disqualified members),
    /// in one query: neither attendance nor proxies nor substitute requests.
    /// </summary>
    private static readonly Func<MeetingsDbContext, Guid, CancellationToken, Task<DomainMeeting?>> ForRead =
        EF.CompileAsyncQuery(
            (MeetingsDbContext db, Guid id, CancellationToken _) =>
                db
                    .Meetings.AsNoTracking()
                    .Include(m => m.Items)
                    .Include(m => m.Conflicts)
                    .AsSingleQuery()
                    .SingleOrDefault(m => m.Id == id)
        );

    private (Guid Id, uint Version)? _readJustNow;

    /// <summary>
    /// The version <see cref="CachedJsonReads"/> read for this request an instant ago, before it let the read through
    /// on a miss of its bytes: the read takes it, once, instead of asking Postgres again (this class lives for one
    /// request). Every read still checks the version; only the second look in the same request is spared.
    /// </summary>
    internal void VersionReadJustNow(Guid id, uint version) => _readJustNow = (id, version);

    public Task<TaggedRead<Agenda>> AgendaAsync(
        string? meetingId,
        Viewer viewer,
        CancellationToken cancellationToken
    ) =>
        ReadAsync(
            meetingId,
            viewer,
            AgendaShape,
            (meeting, _) => Task.FromResult(MeetingMessages.ToAgenda(meeting, viewer)),
            cancellationToken
        );

    public Task<TaggedRead<Api.Meeting>> MeetingAsync(
        string? meetingId,
        Viewer viewer,
        CancellationToken cancellationToken
    ) =>
        ReadAsync(
            meetingId,
            viewer,
            MeetingShape,
            async (meeting, ct) =>
            {
                var notices = await store.NoticeVersionsAsync([meeting.Id], viewer.NoticeAudience, ct);
                return MeetingMessages.ToMessage(
                    meeting,
                    viewer,
                    notices.GetValueOrDefault(meeting.Id),
                    withAgenda: true
                );
            },
            cancellationToken
        );

    private async Task<TaggedRead<T>> ReadAsync<T>(
        string? meetingId,
        Viewer viewer,
        string shape,
        Func<DomainMeeting, CancellationToken, Task<T>> build,
        CancellationToken cancellationToken
    )
        where T : IMessage<T>
    {
        var id = RequestIds.Parse(meetingId, "meeting_id");
        var version = TakeVersionReadJustNow(id) ?? await versions.OfAsync(id, cancellationToken) ?? throw NotFound(id);
        var key = new ReadKey(id, viewer.Key, shape);
        if (cache.TryGet<TaggedRead<T>>(key, version, out var cached))
            return cached;

        var meeting = await ForRead(store.Db, id, cancellationToken) ?? throw NotFound(id);
        var message = await build(meeting, cancellationToken);
        var read = new TaggedRead<T>(message, EntityTags.Of(viewer.Key, message));
        cache.Set(key, version, read, read.ETag);
        return read;
    }

    private uint? TakeVersionReadJustNow(Guid id)
    {
        var readJustNow = _readJustNow;
        _readJustNow = null;
        return readJustNow is { } read && read.Id == id ? read.Version : null;
    }

    public static NotFoundException NotFound(Guid id) =>
        new(Reasons.MeetingNotFound, $"Meeting '{id}' does not exist.");
}
