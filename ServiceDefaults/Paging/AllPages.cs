namespace Hfi.ServiceDefaults.Paging;

/// <summary>
/// Reads every page of a paged list, for the few callers that need the whole of it (e.g. a notice's recipients):
/// the one loop for that, so no caller quietly stops at the first page.
/// </summary>
public static class AllPages
{
    /// <summary>Pages a list may have before the loop stops as a safety net against a token that never ends.</summary>
    private const int MaxPages = 10_000;

    public static async Task<List<TItem>> ReadAsync<TResponse, TItem>(
        Func<string, Task<TResponse>> page,
        Func<TResponse, IEnumerable<TItem>> itemsOf,
        Func<TResponse, string> nextOf
    )
    {
        var all = new List<TItem>();
        var token = string.Empty;
        for (var pages = 0; pages < MaxPages; pages++)
        {
            var response = await page(token);
            all.AddRange(itemsOf(response));
            token = nextOf(response);
            if (string.IsNullOrEmpty(token))
                return all;
        }
        throw new InvalidOperationException($"A paged list gave more than {MaxPages} pages.");
    }
}
