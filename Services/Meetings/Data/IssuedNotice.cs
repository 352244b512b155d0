namespace Hfi.Meetings.Data;

/// <summary>A frozen notice version as one audience received it (the serialized MeetingNoticeIssued).</summary>
public sealed class IssuedNotice
{
    public Guid MeetingId { get; init; }
    public int Version { get; init; }
    public required string Audience { get; init; }
    public required string Payload { get; init; }
    public DateTimeOffset IssuedAt { get; init; }
}
