using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.ServiceDefaults.Paging;

/// <summary>
/// The page token's wire form: base64url of a JSON array <c>["1", binding, key…]</c>, where the binding is a hash of
/// the list's name and filters. Opaque to clients; not a secret (it holds only sort keys of an item already answered).
/// </summary>
public static class PageToken
{
    private const string Version = "1";
    private const int MaxLength = 1024;
    private const char Separator = '\u001f';

    public static string Binding(string list, IEnumerable<string?> filters)
    {
        var text = string.Join(Separator, filters.Prepend(list).Select(f => f ?? string.Empty));
        return Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 12));
    }

    public static string Encode(string binding, IEnumerable<object> keys)
    {
        string[] parts = [Version, binding, .. keys.Select(Format)];
        return Base64Url(JsonSerializer.SerializeToUtf8Bytes(parts));
    }

    public static (string Binding, IReadOnlyList<string> Keys) Decode(string token)
    {
        if (token.Length > MaxLength)
            throw Invalid();
        try
        {
            var padded = token.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            var parts = JsonSerializer.Deserialize<string[]>(Convert.FromBase64String(padded));
            if (parts is not [Version, { } binding, .. var keys] || keys.Length == 0 || keys.Any(k => k is null))
                throw Invalid();
            return (binding, keys);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw Invalid();
        }
    }

    internal static ValidationFailedException Invalid() =>
        new(
            "page_token",
            Reasons.PageTokenInvalid,
            "page_token is not a token this list gave out; ask for the first page again (leave page_token empty)."
        );

    private static string Format(object key) =>
        key switch
        {
            DateTimeOffset time => time.UtcTicks.ToString(CultureInfo.InvariantCulture),
            DateTime time => time.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture),
            DateOnly day => day.DayNumber.ToString(CultureInfo.InvariantCulture),
            Guid id => id.ToString("N"),
            string text => text,
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => throw new ArgumentException(
                $"A page key of type {key.GetType().Name} has no token form.",
                nameof(key)
            ),
        };

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
