using System.ComponentModel.DataAnnotations;

namespace Hfi.ServiceDefaults.Messaging;

/// <summary>
/// How long a consumer keeps trying a message that fails ("Messaging" section). A database or peer that is down for
/// a restart should delay a message, not park it in the error queue where nobody looks: the waits start at
/// <see cref="RetryMinInterval"/>, grow by <see cref="RetryIntervalDelta"/> doubling, up to
/// <see cref="RetryMaxInterval"/>, <see cref="RetryLimit"/> times (by default about six minutes in all); only then
/// does the message go to the endpoint's error queue.
/// </summary>
public sealed class MessagingOptions : IValidatableObject
{
    public const string SectionName = "Messaging";

    [Range(0, 100)]
    public int RetryLimit { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromMinutes(2);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryIntervalDelta { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The broker's management API (set by the AppHost); when set, the error queues' fill shows in the metrics.
    /// </summary>
    public Uri? ManagementUrl { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ErrorQueuePollInterval { get; set; } = TimeSpan.FromSeconds(15);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RetryMaxInterval < RetryMinInterval)
        {
            yield return new ValidationResult(
                "Messaging:RetryMaxInterval must not be shorter than Messaging:RetryMinInterval.",
                [nameof(RetryMaxInterval)]
            );
        }
    }
}
