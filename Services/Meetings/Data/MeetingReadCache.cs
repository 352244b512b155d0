using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Memory;

namespace Hfi.Meetings.Data;

/// <summary>One cached read: a meeting, the viewer (<c>Viewer.Key</c>) it was built for, and its shape.</summary>
public readonly record struct ReadKey(Guid MeetingId, string ViewerKey, string Shape);

/// <summary>A cached answer as the JSON transcoder wrote it over REST: its ETag, content type and body.</summary>
public sealed record JsonAnswer(string ETag, string ContentType, byte[] Body);

/// <summary>
/// Answers of the hot reads, each kept with the meeting row's version it was built from and served only while the
/// row still has that version (see <see cref="Grpc.MeetingReads"/>). In memory per instance, bounded in number, and
/// dropped when unread for a while; an entry built from an older version is replaced, never served. An entry may
/// also hold the REST answer's bytes (<see cref="Grpc.CachedJsonReads"/>), which go with it: replaced, they are gone.
/// </summary>
public sealed class MeetingReadCache : IDisposable
{
    private const int MaxEntries = 20_000;
    private static readonly TimeSpan UnreadFor = TimeSpan.FromMinutes(30);

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    public bool TryGet<T>(ReadKey key, uint version, [NotNullWhen(true)] out T? read)
        where T : class
    {
        read = _entries.TryGetValue(key, out Entry? entry) && entry!.Version == version ? entry.Read as T : null;
        return read is not null;
    }

    public void Set<T>(ReadKey key, uint version, T read, string etag)
        where T : class =>
        _entries.Set(
            key,
            new Entry(version, read, etag),
            new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = UnreadFor }
        );

    /// <summary>The REST answer's bytes of the entry for <paramref name="key"/>, while it is of that version.</summary>
    public bool TryGetJson(ReadKey key, uint version, [NotNullWhen(true)] out JsonAnswer? json)
    {
        json = _entries.TryGetValue(key, out Entry? entry) && entry!.Version == version ? entry.Json : null;
        return json is not null;
    }

    /// <summary>
    /// Keeps <paramref name="json"/> with the entry for <paramref name="key"/> only while that entry is of
    /// <paramref name="version"/> and its answer has the same ETag, i.e. the bytes are that very answer written out
    /// for that very audience (the tag hashes both); otherwise they are dropped.
    /// </summary>
    public void SetJson(ReadKey key, uint version, JsonAnswer json)
    {
        if (_entries.TryGetValue(key, out Entry? entry) && entry!.Version == version && entry.ETag == json.ETag)
            entry.Json = json;
    }

    public void Dispose() => _entries.Dispose();

    private sealed class Entry(uint version, object read, string etag)
    {
        private JsonAnswer? _json;

        public uint Version { get; } = version;
        public object Read { get; } = read;
        public string ETag { get; } = etag;

        /// <summary>Set once the first REST answer of this entry was written; read by any thread.</summary>
        public JsonAnswer? Json
        {
            get => Volatile.Read(ref _json);
            set => Volatile.Write(ref _json, value);
        }
    }
}
