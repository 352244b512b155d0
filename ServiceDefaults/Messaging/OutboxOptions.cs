using System.ComponentModel.DataAnnotations;

namespace Hfi.ServiceDefaults.Messaging;

public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;
}
