namespace Hfi.Meetings.Domain;

public enum MeetingStatus
{
    Draft = 1,
}
