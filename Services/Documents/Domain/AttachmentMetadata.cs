using System.Text.RegularExpressions;
using Hfi.Documents.Domain.Access;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Documents.Domain;

/// <summary>
/// What an upload says about its attachment. For a new version of an existing attachment, the fields left out
/// keep their values; for a new attachment they take the defaults (all members, public, title from the file name).
/// </summary>
public sealed partial record AttachmentMetadata(
    Guid? AttachmentId,
    string? Title,
    string? CaseNumber,
    string? Audience,
    PublicAccess? PublicAccess
)
{
    public const string AttachmentIdField = "attachmentId";
    public const string TitleField = "title";
    public const string CaseNumberField = "caseNumber";
    public const string AudienceField = "audience";
    public const string PublicAccessField = "publicAccess";
    public const string ExemptionBasisField = "exemptionBasis";
    public const int MaxTitleLength = 300;

    public static readonly IReadOnlySet<string> FieldNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        AttachmentIdField,
        TitleField,
        CaseNumberField,
        AudienceField,
        PublicAccessField,
        ExemptionBasisField,
    };

    private static readonly string[] KnownAudiences = [Audiences.AllMembers, Audiences.MunicipalRepresentatives];

    /// <summary>Reads the form fields, naming every one that is wrong.</summary>
    public static AttachmentMetadata Parse(IReadOnlyDictionary<string, string> fields)
    {
        var errors = new List<FieldError>();
        string? Field(string name) =>
            fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        Guid? attachmentId = null;
        if (Field(AttachmentIdField) is { } id)
        {
            if (Guid.TryParse(id, out var parsed))
                attachmentId = parsed;
            else
                errors.Add(new FieldError(AttachmentIdField, Reasons.InvalidId, $"'{id}' is not an attachment id."));
        }

        var title = Field(TitleField);
        if (title is not null && (title.Length > MaxTitleLength || title.Any(char.IsControl)))
        {
            errors.Add(
                new FieldError(
                    TitleField,
                    Reasons.AttachmentTitleInvalid,
                    $"A title has at most {MaxTitleLength} characters and no control characters."
                )
            );
        }

        var caseNumber = Field(CaseNumberField);
        if (caseNumber is not null && !CaseNumberPattern().IsMatch(caseNumber))
        {
            errors.Add(
                new FieldError(
                    CaseNumberField,
                    Reasons.CaseNumberInvalid,
                    $"'{caseNumber}' is not a case number such as '04.24' or '33/24'."
                )
            );
        }

        var audience = Field(AudienceField);
        if (audience is not null && !KnownAudiences.Contains(audience))
        {
            errors.Add(
                new FieldError(
                    AudienceField,
                    Reasons.UnknownAudience,
                    $"'{audience}' is not an audience; use '{Audiences.AllMembers}' or '{Audiences.MunicipalRepresentatives}'."
                )
            );
        }

        PublicAccess? publicAccess = null;
        if (Field(PublicAccessField) is not null || Field(ExemptionBasisField) is not null)
        {
            try
            {
                publicAccess = Access.PublicAccess.Parse(
                    Field(PublicAccessField),
                    Field(ExemptionBasisField),
                    PublicAccessField,
                    ExemptionBasisField
                );
            }
            catch (ValidationFailedException invalid)
            {
                errors.AddRange(invalid.Errors);
            }
        }

        if (errors.Count > 0)
            throw new ValidationFailedException(errors);
        return new AttachmentMetadata(attachmentId, title, caseNumber, audience, publicAccess);
    }

    [GeneratedRegex(@"^\d{1,3}[./]\d{2}$")]
    private static partial Regex CaseNumberPattern();
}
