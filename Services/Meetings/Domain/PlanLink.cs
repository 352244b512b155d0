using Hfi.Contracts;

namespace Hfi.Meetings.Domain;

/// <summary>What the annual plan is told about a meeting that realises one of its planned meetings.</summary>
public static class PlanLink
{
    public static MeetingArranged? Arranged(Meeting meeting, DateTimeOffset now) =>
        PlannedId(meeting) is { } planned
            ? new MeetingArranged
            {
                MeetingId = meeting.Id, PlannedMeetingId = planned, ArenaId = meeting.ArenaId, StartsAt = meeting.StartsAt,
                EndsAt = meeting.EndsAt, Place = meeting.Place, ArrangedAt = now,
            }
            : null;

    public static MeetingHeld? Held(Meeting meeting, DateTimeOffset now) =>
        PlannedId(meeting) is { } planned
            ? new MeetingHeld
            {
                MeetingId = meeting.Id, PlannedMeetingId = planned, ArenaId = meeting.ArenaId, StartsAt = meeting.StartsAt,
                EndsAt = meeting.EndsAt, Place = meeting.Place, HeldAt = now,
            }
            : null;

    private static Guid? PlannedId(Meeting meeting) => Guid.TryParse(meeting.PlannedMeetingId, out var id) ? id : null;
}
