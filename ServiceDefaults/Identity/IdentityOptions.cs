using System.ComponentModel.DataAnnotations;

namespace Hfi.ServiceDefaults.Identity;

/// <summary>
/// How tokens are validated: by an OIDC authority in production (ID-porten, Entra ID), or by a shared
/// signing key for local runs and tests.
/// </summary>
public sealed class IdentityOptions : IValidatableObject
{
    public const string SectionName = "Identity";

    public string? Authority { get; set; }

    [Required]
    public string Issuer { get; set; } = "hfi-dev";

    [Required]
    public string Audience { get; set; } = "hfi";

    /// <summary>Base64 of at least 32 bytes; HMAC-SHA256.</summary>
    public string? SigningKey { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Authority) && string.IsNullOrWhiteSpace(SigningKey))
        {
            yield return new ValidationResult(
                "Identity: set either Authority (an OIDC issuer) or SigningKey (base64, at least 32 bytes).",
                [nameof(Authority), nameof(SigningKey)]
            );
        }

        if (!string.IsNullOrWhiteSpace(SigningKey) && DecodedKeyLength(SigningKey) < 32)
        {
            yield return new ValidationResult(
                "Identity:SigningKey must be base64 of at least 32 bytes.",
                [nameof(SigningKey)]
            );
        }
    }

    public byte[] SigningKeyBytes() => Convert.FromBase64String(SigningKey ?? string.Empty);

    private static int DecodedKeyLength(string key)
    {
        var buffer = new byte[key.Length];
        return Convert.TryFromBase64String(key, buffer, out var written) ? written : 0;
    }
}
