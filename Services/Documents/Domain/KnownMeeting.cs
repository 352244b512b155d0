namespace Hfi.Documents.Domain;

/// <summary>
/// A meeting whose notice this service has seen: once it is out, new attachments are announced at once.
/// </summary>
public sealed class KnownMeeting
{
    public Guid MeetingId { get; init; }
    public required string ArenaId { get; init; }
}
