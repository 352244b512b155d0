using System.ComponentModel.DataAnnotations;

namespace Hfi.Notifications.Extensions;

/// <summary>The web UI members open from their e-mails ("Web" section; the AppHost sets it to the gateway).</summary>
public sealed class WebOptions : IValidatableObject
{
    public const string SectionName = "Web";

    /// <summary>
    /// Where the web UI is served ("https://hfi.example.no/"); the links in e-mails are made from it.
    /// </summary>
    [Required]
    public Uri? PublicBaseUrl { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult(
                "Web:PublicBaseUrl must be an absolute http(s) URL.",
                [nameof(PublicBaseUrl)]
            );
        }
    }
}
