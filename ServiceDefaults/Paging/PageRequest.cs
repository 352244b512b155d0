using System.Globalization;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.ServiceDefaults.Paging;

/// <summary>How many items a list answers when the caller names no page size, and at most (Google AIP-158).</summary>
public readonly record struct PageLimits(int Default, int Maximum)
{
    /// <summary>The limits of a list nobody reads more than a screenful of at a time.</summary>
    public static readonly PageLimits Standard = new(50, 500);
}

/// <summary>One page of a list, and the token of the page after it (empty on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string NextPageToken);

/// <summary>
/// One page asked of a list (Google AIP-158). <c>page_size</c> 0 is the list's default, a size above its maximum is
/// coerced to the maximum and a negative one is refused. After the first page, <c>page_token</c> carries the keyset
/// position (the sort keys of the last item answered), bound to the list and its filters: a token from another list
/// or other filters is refused, naming <c>page_token</c>. The position only says where to go on; the store still
/// applies the caller's audience to every page, so a forged token reaches nothing a first page would not.
/// </summary>
public sealed class PageRequest
{
    private readonly string _binding;
    private readonly IReadOnlyList<string>? _after;

    private PageRequest(int size, string binding, IReadOnlyList<string>? after)
    {
        Size = size;
        _binding = binding;
        _after = after;
    }

    /// <summary>The number of items on the page.</summary>
    public int Size { get; }

    /// <summary>
    /// How many items to read: one more than the page, to know whether another page follows without a count.
    /// </summary>
    public int Fetch => Size + 1;

    /// <summary>True for the first page (no token).</summary>
    public bool IsFirst => _after is null;

    /// <summary>
    /// Reads page size and token. <paramref name="list"/> names the list (e.g. "meetings.ListMeetings");
    /// <paramref name="filters"/> are the request's filter values the token is bound to.
    /// </summary>
    public static PageRequest Of(
        int pageSize,
        string? pageToken,
        PageLimits limits,
        string list,
        params string?[] filters
    )
    {
        if (pageSize < 0)
        {
            throw new ValidationFailedException(
                "page_size",
                Reasons.PageSizeNegative,
                $"page_size must not be negative (0 means {limits.Default}, at most {limits.Maximum})."
            );
        }
        var size = pageSize == 0 ? limits.Default : Math.Min(pageSize, limits.Maximum);
        var binding = PageToken.Binding(list, filters);
        if (string.IsNullOrEmpty(pageToken))
            return new PageRequest(size, binding, null);
        var (tokenBinding, keys) = PageToken.Decode(pageToken);
        if (!string.Equals(tokenBinding, binding, StringComparison.Ordinal))
        {
            throw new ValidationFailedException(
                "page_token",
                Reasons.PageTokenMismatch,
                "page_token belongs to another list or to other filters; ask for the first page again."
            );
        }
        return new PageRequest(size, binding, keys);
    }

    /// <summary>Key <paramref name="index"/> of the position as a point in time (the token stores UTC ticks).</summary>
    public DateTimeOffset TimeAt(int index) =>
        LongAt(index) is var ticks and >= 0 and <= 3155378975999999999
            ? new(ticks, TimeSpan.Zero)
            : throw PageToken.Invalid();

    public DateOnly DateAt(int index) =>
        LongAt(index) is var day and >= 0 and <= 3652058 ? DateOnly.FromDayNumber((int)day) : throw PageToken.Invalid();

    public Guid GuidAt(int index) =>
        Guid.TryParseExact(TextAt(index), "N", out var id) ? id : throw PageToken.Invalid();

    public int IntAt(int index) =>
        LongAt(index) is var value and >= int.MinValue and <= int.MaxValue ? (int)value : throw PageToken.Invalid();

    public long LongAt(int index) =>
        long.TryParse(TextAt(index), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw PageToken.Invalid();

    public string TextAt(int index) =>
        _after is { } keys && index < keys.Count ? keys[index] : throw PageToken.Invalid();

    /// <summary>
    /// A page of a short list read whole and ordered in memory (regions, partners, arenas): the token holds the
    /// position in that order. Only for lists that stay a few hundred rows however long the system runs.
    /// </summary>
    public Page<T> PageOfLoaded<T>(IReadOnlyList<T> all)
    {
        var from = IsFirst ? 0 : IntAt(0);
        if (from < 0)
            throw PageToken.Invalid();
        var items = all.Skip(from).Take(Size).ToList();
        var next = from + items.Count;
        return new Page<T>(items, next < all.Count ? PageToken.Encode(_binding, [next]) : string.Empty);
    }

    /// <summary>
    /// The page out of up to <see cref="Fetch"/> items read in keyset order, with the token of the next page made of
    /// the keys <paramref name="keysOf"/> gives for the last item on this one.
    /// </summary>
    public Page<T> PageOf<T>(IReadOnlyList<T> fetched, Func<T, object[]> keysOf)
    {
        if (fetched.Count <= Size)
            return new Page<T>(fetched, string.Empty);
        var items = fetched.Take(Size).ToList();
        return new Page<T>(items, PageToken.Encode(_binding, keysOf(items[^1])));
    }
}
