namespace Hfi.ServiceDefaults.Messaging;

/// <summary>The inbox: a message a consumer has handled, so a redelivery is recognised and skipped.</summary>
public sealed class ProcessedMessage
{
    public Guid MessageId { get; set; }
    public required string Consumer { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}
