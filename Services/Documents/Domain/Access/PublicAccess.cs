using Hfi.ServiceDefaults.Domain;

namespace Hfi.Documents.Domain.Access;

/// <summary>
/// The public-records status (offentlighet) of a document: public, or exempt from public access on a named
/// legal basis such as "Offl. § 14". Members of the audience read exempt documents; the public does not.
/// </summary>
public sealed record PublicAccess
{
    public const string PublicValue = "public";
    public const string ExemptValue = "exempt";
    private const int MaxBasisLength = 200;

    public static readonly PublicAccess Public = new((string?)null);

    private PublicAccess(string? exemptionBasis) => ExemptionBasis = exemptionBasis;

    /// <summary>The legal basis of the exemption; null when the document is public.</summary>
    public string? ExemptionBasis { get; }

    public bool IsPublic => ExemptionBasis is null;

    public static PublicAccess Exempt(string legalBasis) => new(legalBasis);

    /// <summary>
    /// Reads the status a caller gave ("public" or "exempt" with a basis), naming the field that is wrong.
    /// </summary>
    public static PublicAccess Parse(string? status, string? exemptionBasis, string statusField, string basisField)
    {
        var basis = string.IsNullOrWhiteSpace(exemptionBasis) ? null : exemptionBasis.Trim();
        switch (string.IsNullOrWhiteSpace(status) ? PublicValue : status.Trim().ToLowerInvariant())
        {
            case PublicValue when basis is null:
                return Public;
            case PublicValue:
                throw new ValidationFailedException(
                    basisField,
                    Reasons.PublicWithBasis,
                    "A public document has no exemption basis; set the status to 'exempt' or leave the basis out."
                );
            case ExemptValue when basis is null:
                throw new ValidationFailedException(
                    basisField,
                    Reasons.ExemptWithoutBasis,
                    "An exempt document needs its legal basis, e.g. 'Offl. § 14'."
                );
            case ExemptValue when !basis.Contains('§') || basis.Length > MaxBasisLength:
                throw new ValidationFailedException(
                    basisField,
                    Reasons.NotALegalBasis,
                    $"'{basis}' is not a legal basis: name the section, e.g. 'Offl. § 14' (at most {MaxBasisLength} characters)."
                );
            case ExemptValue:
                return Exempt(basis);
            default:
                throw new ValidationFailedException(
                    statusField,
                    Reasons.UnknownPublicAccess,
                    $"'{status}' is not a public-records status; use 'public' or 'exempt'."
                );
        }
    }
}
