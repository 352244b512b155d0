using System.Security.Claims;
using Hfi.ServiceDefaults.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hfi.ServiceDefaults.Tests.Identity;

public sealed class CachedTokenValidationTests
{
    private static readonly IdentityOptions Options = new() { SigningKey = Convert.ToBase64String(new byte[32]) };
    private readonly Counting _inner = new();
    private readonly CachedTokenValidation _cache;

    public CachedTokenValidationTests() => _cache = new CachedTokenValidation(_inner, TimeProvider.System);

    private static readonly SymmetricSecurityKey Key = new(Options.SigningKeyBytes());

    private static TokenValidationParameters Trusting(SecurityKey key) =>
        new()
        {
            ValidIssuer = Options.Issuer,
            ValidAudience = Options.Audience,
            IssuerSigningKey = key,
            ClockSkew = TimeSpan.Zero,
        };

    private static string Token(string role = HfiRoles.Member, TimeSpan? lifetime = null) =>
        new TokenIssuer(Options).Issue("ola@kommune.no", role, PartnerKinds.Municipal, "hamar", lifetime: lifetime);

    [Fact]
    public async Task The_same_token_is_checked_once_and_then_served_from_the_cache_with_its_claims()
    {
        var token = Token();
        var first = await _cache.ValidateTokenAsync(token, Trusting(Key));
        var second = await _cache.ValidateTokenAsync(token, Trusting(Key));

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal(1, _inner.Validations);
        Assert.Equal("ola@kommune.no", second.ClaimsIdentity.FindFirst(HfiClaims.Subject)?.Value);
        Assert.Equal(HfiRoles.Member, second.ClaimsIdentity.FindFirst(HfiClaims.Role)?.Value);
    }

    [Fact]
    public async Task Two_peoples_tokens_each_get_their_own_claims_from_the_cache()
    {
        var member = Token();
        var secretary = new TokenIssuer(Options).Issue("kari@hfi.no", HfiRoles.Secretariat);
        await _cache.ValidateTokenAsync(member, Trusting(Key));
        await _cache.ValidateTokenAsync(secretary, Trusting(Key));

        var asMember = await _cache.ValidateTokenAsync(member, Trusting(Key));
        var asSecretary = await _cache.ValidateTokenAsync(secretary, Trusting(Key));
        Assert.Equal(HfiRoles.Member, asMember.ClaimsIdentity.FindFirst(HfiClaims.Role)?.Value);
        Assert.Equal(HfiRoles.Secretariat, asSecretary.ClaimsIdentity.FindFirst(HfiClaims.Role)?.Value);
        Assert.Equal("kari@hfi.no", asSecretary.ClaimsIdentity.FindFirst(HfiClaims.Subject)?.Value);
        Assert.Equal(2, _inner.Validations);
    }

    [Fact]
    public async Task Each_request_gets_its_own_claims_so_one_request_adding_a_claim_changes_no_other()
    {
        var token = Token();
        await _cache.ValidateTokenAsync(token, Trusting(Key));
        var first = await _cache.ValidateTokenAsync(token, Trusting(Key));
        first.ClaimsIdentity.AddClaim(new Claim(HfiClaims.Role, HfiRoles.Admin));

        var next = await _cache.ValidateTokenAsync(token, Trusting(Key));
        Assert.DoesNotContain(next.ClaimsIdentity.FindAll(HfiClaims.Role), claim => claim.Value == HfiRoles.Admin);
    }

    [Fact]
    public async Task An_expired_token_is_refused_even_though_its_validation_was_cached()
    {
        var token = Token(lifetime: TimeSpan.FromSeconds(1));
        Assert.True((await _cache.ValidateTokenAsync(token, Trusting(Key))).IsValid);

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var late = await _cache.ValidateTokenAsync(token, Trusting(Key));
        Assert.False(late.IsValid);
        Assert.IsType<SecurityTokenExpiredException>(late.Exception);
    }

    [Fact]
    public async Task A_token_whose_signing_key_is_no_longer_trusted_is_refused_even_though_it_was_cached()
    {
        var token = Token();
        Assert.True((await _cache.ValidateTokenAsync(token, Trusting(Key))).IsValid);

        var rotated = new SymmetricSecurityKey(Enumerable.Repeat((byte)7, 32).ToArray());
        var after = await _cache.ValidateTokenAsync(token, Trusting(rotated));
        Assert.False(after.IsValid);
        Assert.Equal(2, _inner.Validations);
    }

    [Fact]
    public async Task A_token_differing_from_a_cached_one_in_one_character_is_checked_and_refused()
    {
        var token = Token();
        await _cache.ValidateTokenAsync(token, Trusting(Key));
        var forged = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];

        Assert.False((await _cache.ValidateTokenAsync(forged, Trusting(Key))).IsValid);
        Assert.Equal(2, _inner.Validations);
    }

    [Fact]
    public async Task A_refused_token_is_never_remembered()
    {
        var forged = Token()[..^4] + "AAAA";
        Assert.False((await _cache.ValidateTokenAsync(forged, Trusting(Key))).IsValid);
        Assert.False((await _cache.ValidateTokenAsync(forged, Trusting(Key))).IsValid);
        Assert.Equal(2, _inner.Validations);
    }

    private sealed class Counting : TokenHandler
    {
        private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
        private int _validations;

        public int Validations => Volatile.Read(ref _validations);

        public override Task<TokenValidationResult> ValidateTokenAsync(
            string token,
            TokenValidationParameters parameters
        )
        {
            Interlocked.Increment(ref _validations);
            return _handler.ValidateTokenAsync(token, parameters);
        }
    }
}
