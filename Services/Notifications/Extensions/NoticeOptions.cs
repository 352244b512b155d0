using System.ComponentModel.DataAnnotations;
using Hfi.Notifications.Domain;

namespace Hfi.Notifications.Extensions;

/// <summary>How notices are timed ("Notifications" section).</summary>
public sealed class NoticeOptions : IValidatableObject
{
    public const string SectionName = "Notifications";

    /// <summary>
    /// How long an e-mail waits for its notice's PDF (Documents renders it after the notice is issued); it goes
    /// out as soon as the PDF is published, or after this wait with a link to the portal instead.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan DocumentWait { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often notices waiting for their recipients are looked for.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan LookupPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one question to Planning for a notice's recipients may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan LookupTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The wait after a first failed lookup; it doubles up to <see cref="LookupMaxRetryDelay"/>, and lookups never
    /// stop.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan LookupRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan LookupMaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    public RetryPolicy LookupRetryPolicy => new(int.MaxValue, LookupRetryDelay, LookupMaxRetryDelay);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (LookupMaxRetryDelay < LookupRetryDelay)
        {
            yield return new ValidationResult(
                "Notifications:LookupMaxRetryDelay must not be shorter than Notifications:LookupRetryDelay.",
                [nameof(LookupMaxRetryDelay)]
            );
        }
    }
}
