using System.ComponentModel.DataAnnotations;

namespace Hfi.Notifications.Domain;

/// <summary>How notices are written and timed ("Notifications" section).</summary>
public sealed class NoticeOptions : IValidatableObject
{
    public const string SectionName = "Notifications";

    /// <summary>Where members open the portal; document links are made from it ("https://hfi.example.no/").</summary>
    [Required]
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// How long an e-mail waits for its notice's PDF (Documents renders it after the notice is issued); it goes
    /// out as soon as the PDF is published, or after this wait with a link to the portal instead.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan DocumentWait { get; set; } = TimeSpan.FromMinutes(2);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https")))
            yield return new ValidationResult("Notifications:PublicBaseUrl must be an absolute http(s) URL.", [nameof(PublicBaseUrl)]);
    }
}
