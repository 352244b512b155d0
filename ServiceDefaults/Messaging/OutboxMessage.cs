namespace Hfi.ServiceDefaults.Messaging;

/// <summary>An integration event written in the same transaction as the state change it announces.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public long Sequence { get; set; }
    public required string MessageType { get; set; }
    public required string Payload { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public string? TraceParent { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
