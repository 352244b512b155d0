using Hfi.Planning.Api;
using Hfi.Planning.Domain;
using DomainMeeting = Hfi.Planning.Domain.Plans.PlannedMeeting;
using DomainTopic = Hfi.Planning.Domain.Plans.PlannedTopic;

namespace Hfi.Planning.Grpc;

/// <summary>Domain plan types to their proto messages (enum numbers are kept equal on both sides).</summary>
internal static class PlanMessages
{
    public static PlannedMeeting ToMessage(DomainMeeting meeting) => new()
    {
        PlannedMeetingId = meeting.Id.ToString(),
        ArenaId = meeting.ArenaId ?? string.Empty,
        RegionId = meeting.RegionId ?? string.Empty,
        Year = meeting.Year,
        DateText = meeting.Date.Text,
        FirstDate = IsoDate.Write(meeting.Date.First),
        LastDate = IsoDate.Write(meeting.Date.Last),
        IsExactDate = meeting.Date.IsFixed,
        StartTime = Clock(meeting.Time.Start),
        EndTime = Clock(meeting.Time.End),
        DurationMinutes = meeting.Time.DurationMinutes ?? 0,
        Place = meeting.Place ?? string.Empty,
        Status = (PlannedMeetingStatus)meeting.Status,
        Topics = { meeting.Topics.Select(t => t.Text) },
        ArenaName = meeting.ArenaText,
        RegionName = meeting.RegionText ?? string.Empty,
        Weekday = meeting.Weekday ?? string.Empty,
        DateKind = (DateKind)meeting.Date.Kind,
        Anchor = meeting.Date.Anchor ?? string.Empty,
        TimeText = meeting.Time.Text,
        PlaceKind = (PlaceKind)meeting.PlaceKind,
        PlannedTopics = { meeting.Topics.Select(ToMessage) },
    };

    private static PlannedTopic ToMessage(DomainTopic topic) => new()
    {
        Text = topic.Text,
        Mark = (TopicMark)(topic.Mark ?? 0),
        Points = { topic.Points.Select(p => new TopicPoint { Text = p.Text, Mark = (TopicMark)(p.Mark ?? 0) }) },
    };

    private static string Clock(TimeOnly? time) => time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}
