using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Memory;

namespace Hfi.Meetings.Data;

/// <summary>One cached read: a meeting, the viewer (<c>Viewer.Key</c>) it was built for, and its shape.</summary>
public readonly record struct ReadKey(Guid MeetingId, string ViewerKey, string Shape);

/// <summary>
/// Answers of the hot reads, each kept with the meeting row's version it was built from and served only while the
/// row still has that version (see <see cref="Grpc.MeetingReads"/>). In memory per instance, bounded in number, and
/// dropped when unread for a while; an entry built from an older version is replaced, never served.
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

    public void Set<T>(ReadKey key, uint version, T read)
        where T : class =>
        _entries.Set(
            key,
            new Entry(version, read),
            new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = UnreadFor }
        );

    public void Dispose() => _entries.Dispose();

    private sealed record Entry(uint Version, object Read);
}
