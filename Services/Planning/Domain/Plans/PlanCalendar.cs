using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Hfi.Planning.Domain.Plans;

/// <summary>
/// The plan as an RFC 5545 calendar (for Outlook and Google Calendar): one event per meeting with a readable date.
/// Exact dates are confirmed events at their local (Europe/Oslo) times; windows and anchored dates are all-day
/// tentative events spanning the window; cancelled meetings stay, marked cancelled, so subscribers drop them.
/// </summary>
public static class PlanCalendar
{
    private const string TimeZoneId = "Europe/Oslo";

    public static string Write(string title, IEnumerable<PlannedMeeting> meetings, DateTimeOffset stamp)
    {
        var calendar = new Calendar { ProductId = "-//Helsefellesskap Innlandet//Hfi Planning//NB", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", title);
        calendar.AddProperty("X-WR-TIMEZONE", TimeZoneId);
        calendar.AddTimeZone(new VTimeZone(TimeZoneId));
        foreach (var meeting in meetings.Where(m => m.Date.First is not null))
            calendar.Events.Add(EventOf(meeting, stamp));
        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static CalendarEvent EventOf(PlannedMeeting meeting, DateTimeOffset stamp)
    {
        var first = meeting.Date.First!.Value;
        var last = meeting.Date.Last ?? first;
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{meeting.Id}@planning.hfi",
            Summary = meeting.Date.IsFixed ? meeting.ArenaText : $"{meeting.ArenaText} (foreløpig: {meeting.Date.Text})",
            Description = Description(meeting),
            Location = meeting.PlaceKind switch
            {
                PlaceKind.ToBeDecided => "Sted kommer",
                _ => meeting.Place,
            },
            Status = meeting.Status switch
            {
                PlannedMeetingStatus.Cancelled => EventStatus.Cancelled,
                _ when meeting.Date.IsFixed => EventStatus.Confirmed,
                _ => EventStatus.Tentative,
            },
            Sequence = meeting.History.Count,
            DtStamp = new CalDateTime(stamp.UtcDateTime, "UTC"),
        };

        if (meeting.Date.IsFixed && meeting.Time.Start is { } start)
        {
            calendarEvent.DtStart = new CalDateTime(first, start, TimeZoneId);
            var end = meeting.Time.End ?? (meeting.Time.DurationMinutes is { } minutes ? start.AddMinutes(minutes) : (TimeOnly?)null);
            if (end is { } e) calendarEvent.DtEnd = new CalDateTime(last, e, TimeZoneId);
        }
        else
        {
            // All-day events end on the day after (DTEND is exclusive).
            calendarEvent.DtStart = new CalDateTime(first);
            calendarEvent.DtEnd = new CalDateTime(last.AddDays(1));
        }
        return calendarEvent;
    }

    private static string Description(PlannedMeeting meeting)
    {
        var text = new StringBuilder();
        if (meeting.RegionText is { } region) text.AppendLine($"Helseregion: {region}");
        if (meeting.Date.Anchor is { } anchor) text.AppendLine($"I tilknytning til: {anchor}");
        if (!meeting.Date.IsFixed) text.AppendLine($"Dato: {meeting.Date.Text} (ikke fastsatt)");
        if (meeting.Time.Text.Length > 0) text.AppendLine($"Tid: {meeting.Time.Text}");
        if (meeting.PlaceKind == PlaceKind.Digital) text.AppendLine("Digitalt møte");
        if (meeting.Topics.Count > 0)
        {
            text.AppendLine("Saker:");
            foreach (var topic in meeting.Topics) text.AppendLine($"- {topic.Text}");
        }
        return text.ToString().TrimEnd();
    }
}
