namespace Hfi.Meetings.Domain;

/// <summary>Where a meeting is in its life, in the only order it may move.</summary>
public enum MeetingStatus
{
    Draft = 1,
    NoticeIssued = 2,
    Held = 3,
    MinutesDrafted = 4,
    MinutesApproved = 5,

    /// <summary>Avlyst before it was held; nothing more happens to it.</summary>
    Cancelled = 6,
}
