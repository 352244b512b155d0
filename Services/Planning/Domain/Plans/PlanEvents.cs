using Hfi.Contracts;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Planning.Domain.Plans;

/// <summary>Planned meetings as the integration events carry them.</summary>
internal static class PlanEvents
{
    public static MeetingScheduled Scheduled(PlannedMeeting meeting, DateTimeOffset at) => new()
    {
        PlannedMeetingId = meeting.Id,
        Year = meeting.Year,
        ArenaId = meeting.ArenaId,
        ArenaName = meeting.ArenaText,
        RegionId = meeting.RegionId,
        Status = Status(meeting.Status),
        Schedule = Schedule(MeetingSnapshot.Of(meeting)),
        Topics = meeting.Topics.Select(t => t.Text).ToList(),
        ScheduledAt = at,
    };

    public static PlannedMeetingSchedule Schedule(MeetingSnapshot snapshot) => new()
    {
        DateKind = snapshot.Date.Kind.ToString().ToLowerInvariant(),
        DateText = snapshot.Date.Text,
        FirstDate = snapshot.Date.First,
        LastDate = snapshot.Date.Last,
        IsExactDate = snapshot.Date.IsFixed,
        StartTime = snapshot.Time.Start is { } start ? NorwegianText.Time(start) : null,
        EndTime = snapshot.Time.End is { } end ? NorwegianText.Time(end) : null,
        DurationMinutes = snapshot.Time.DurationMinutes,
        Place = snapshot.Place,
        IsDigital = snapshot.PlaceKind == PlaceKind.Digital,
    };

    public static string Status(PlannedMeetingStatus status) => status.ToString().ToLowerInvariant();
}
