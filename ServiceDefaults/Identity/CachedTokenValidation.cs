using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.Tokens;

namespace Hfi.ServiceDefaults.Identity;

/// <summary>
/// Validates bearer tokens with <paramref name="inner"/>, and remembers a valid one by the SHA-256 of the whole token
/// so the next request with it skips the signature check and the parsing: a token is sent with every request of a
/// signed-in person. Nothing but an exact copy of a token that passed hits; the entry is given up when the token
/// expires (by its exp, without the clock skew the full check allows), after at most <see cref="MaxHeld"/>, and as
/// soon as the key that signed it is no longer among those trusted (a rotated or withdrawn signing key). Each hit
/// gets its own copy of the claims. Bounded in number; every service keeps its own.
/// </summary>
public sealed class CachedTokenValidation(TokenHandler inner, TimeProvider clock) : TokenHandler, IDisposable
{
    public const int MaxEntries = 10_000;
    public static readonly TimeSpan MaxHeld = TimeSpan.FromMinutes(5);

    private readonly MemoryCache _validated = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    public override async Task<TokenValidationResult> ValidateTokenAsync(
        string token,
        TokenValidationParameters validationParameters
    )
    {
        var key = KeyOf(token);
        var now = clock.GetUtcNow();
        if (_validated.TryGetValue(key, out Validated? held) && held!.HoldsAt(now, validationParameters))
        {
            return held.Result();
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { SigningKey: { } signingKey } securityToken)
        {
            var expires = new DateTimeOffset(DateTime.SpecifyKind(securityToken.ValidTo, DateTimeKind.Utc));
            if (expires > now + MaxHeld)
                expires = now + MaxHeld;
            if (expires > now)
            {
                _validated.Set(
                    key,
                    new Validated(result, signingKey, expires),
                    new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = expires }
                );
            }
        }
        return result;
    }

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    /// <summary>
    /// The SHA-256 of the token's UTF-8 bytes, hashed from the stack: this runs on every request of every process,
    /// and the token's bytes and the hash were two arrays a request.
    /// </summary>
    private static string KeyOf(string token)
    {
        const int OnTheStack = 8 * 1024;
        var most = Encoding.UTF8.GetMaxByteCount(token.Length);
        byte[]? rented = null;
        var bytes = most <= OnTheStack ? stackalloc byte[most] : (rented = ArrayPool<byte>.Shared.Rent(most));
        try
        {
            var length = Encoding.UTF8.GetBytes(token, bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes[..length], hash);
            return Convert.ToHexString(hash);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public void Dispose() => _validated.Dispose();

    private sealed class Validated(TokenValidationResult result, SecurityKey signingKey, DateTimeOffset expires)
    {
        public bool HoldsAt(DateTimeOffset now, TokenValidationParameters parameters) =>
            now < expires && Trusts(parameters, signingKey);

        public TokenValidationResult Result() =>
            new()
            {
                IsValid = true,
                ClaimsIdentity = result.ClaimsIdentity.Clone(),
                SecurityToken = result.SecurityToken,
                Issuer = result.Issuer,
                TokenType = result.TokenType,
                TokenContext = result.TokenContext,
            };

        private static bool Trusts(TokenValidationParameters parameters, SecurityKey key) =>
            ReferenceEquals(parameters.IssuerSigningKey, key)
            || parameters.IssuerSigningKeys?.Any(trusted => ReferenceEquals(trusted, key)) == true;
    }
}
