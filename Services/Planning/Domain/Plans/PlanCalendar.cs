using System.Text;
using Hfi.ServiceDefaults.Norwegian;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Hfi.Planning.Domain.Plans;

/// <summary>
/// The plan as an RFC 5545 calendar (for Outlook and Google Calendar): one event per meeting with a readable date.
/// Exact dates are confirmed events at their local (Europe/Oslo) times, a meeting over several days recurs daily at
/// its times; windows and anchored dates are all-day tentative events spanning the window; cancelled meetings stay,
/// marked cancelled, so subscribers drop them.
/// </summary>
public static class PlanCalendar
{
    /// <summary>
    /// When the plan gives a start but no usable end ("12:00-12:00") and the arena has no usual length.
    /// </summary>
    public static readonly TimeSpan AssumedLength = TimeSpan.FromHours(2);

    /// <summary>
    /// Europe/Oslo's rules since 1996 (the EU's: summer time from the last Sunday in March 02:00 to the last Sunday in
    /// October 03:00), as RFC 5545 requires for every TZID an event names.
    /// </summary>
    private const string OsloTimeZone =
        "BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo\r\nX-LIC-LOCATION:Europe/Oslo\r\n"
        + "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
        + "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
        + "END:VTIMEZONE\r\n";

    public static string Write(string title, IEnumerable<PlannedMeeting> meetings, DateTimeOffset stamp)
    {
        var dated = meetings.Where(m => m.Date.First is not null).ToList();
        var usualLengths = UsualLengths(dated);
        var calendar = new Calendar
        {
            ProductId = "-//Helsefellesskap Innlandet//Hfi Planning//NB",
            Method = "PUBLISH",
        };
        calendar.AddProperty("X-WR-CALNAME", title);
        calendar.AddProperty("X-WR-TIMEZONE", OsloTime.ZoneId);
        foreach (var meeting in dated)
        {
            calendar.Events.Add(
                EventOf(meeting, stamp, usualLengths.GetValueOrDefault(meeting.ArenaText, AssumedLength))
            );
        }

        var ics = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        return WithOsloTimeZone(ics);
    }

    private static string WithOsloTimeZone(string ics)
    {
        var at = ics.IndexOf("BEGIN:VEVENT", StringComparison.Ordinal);
        if (at < 0)
            at = ics.IndexOf("END:VCALENDAR", StringComparison.Ordinal);
        return ics.Insert(at, OsloTimeZone);
    }

    /// <summary>The most common length of each arena's meetings that have both a start and an end.</summary>
    private static Dictionary<string, TimeSpan> UsualLengths(IEnumerable<PlannedMeeting> meetings) =>
        meetings
            .Where(m => m.Time is { Start: not null, End: not null })
            .GroupBy(m => m.ArenaText)
            .ToDictionary(
                arena => arena.Key,
                arena =>
                    arena
                        .GroupBy(m => m.Time.End!.Value - m.Time.Start!.Value)
                        .OrderByDescending(g => g.Count())
                        .First()
                        .Key
            );

    private static CalendarEvent EventOf(PlannedMeeting meeting, DateTimeOffset stamp, TimeSpan usualLength)
    {
        var first = meeting.Date.First!.Value;
        var last = meeting.Date.Last ?? first;
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{meeting.Id}@planning.hfi",
            Summary = meeting.Date.IsFixed
                ? meeting.ArenaText
                : $"{meeting.ArenaText} (foreløpig: {meeting.Date.Text})",
            Description = Description(meeting, EndOf(meeting.Time) is null),
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
            var end = EndOf(meeting.Time) ?? start.Add(usualLength, out _);
            calendarEvent.DtStart = new CalDateTime(first, start, OsloTime.ZoneId);
            calendarEvent.DtEnd = new CalDateTime(end > start ? first : first.AddDays(1), end, OsloTime.ZoneId);
            // "12.-13. mars 10:00-14:00" is 10 to 14 on each day, not one event from the 12th to the 13th.
            var days = last.DayNumber - first.DayNumber + 1;
            if (days > 1)
                calendarEvent.RecurrenceRule = new RecurrencePattern(FrequencyType.Daily) { Count = days };
        }
        else
        {
            // All-day events end on the day after (DTEND is exclusive).
            calendarEvent.DtStart = new CalDateTime(first);
            calendarEvent.DtEnd = new CalDateTime(last.AddDays(1));
        }
        return calendarEvent;
    }

    private static TimeOnly? EndOf(MeetingTime time) =>
        time.End ?? (time is { Start: { } start, DurationMinutes: { } minutes } ? start.AddMinutes(minutes) : null);

    private static string Description(PlannedMeeting meeting, bool endAssumed)
    {
        var text = new StringBuilder();
        if (meeting.RegionText is { } region)
            text.AppendLine($"Helseregion: {region}");
        if (meeting.Date.Anchor is { } anchor)
            text.AppendLine($"I tilknytning til: {anchor}");
        if (!meeting.Date.IsFixed)
            text.AppendLine($"Dato: {meeting.Date.Text} (ikke fastsatt)");
        if (TimeText(meeting) is { } time)
            text.AppendLine($"Tid: {time}");
        if (endAssumed && meeting.Time.Start is not null)
        {
            // "12:00-12:00": the plan names an end, but not one after the start.
            text.AppendLine(
                meeting.Time.Text.IndexOfAny(['-', '–']) >= 0
                    ? $"Sluttiden i årsplanen («{meeting.Time.Text}») er ikke etter starttiden."
                    : "Sluttid er ikke oppgitt i årsplanen."
            );
        }
        if (meeting.PlaceKind == PlaceKind.Digital)
            text.AppendLine("Digitalt møte");
        if (meeting.Topics.Count > 0)
        {
            text.AppendLine("Saker:");
            foreach (var topic in meeting.Topics)
                AppendTopic(text, topic);
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// "kl. 10:00–14:00" (each day, for a meeting over several days), "kl. 12:00" with no usable end, or the plan's
    /// own words when it gives no start ("2 timer").
    /// </summary>
    private static string? TimeText(PlannedMeeting meeting)
    {
        if (meeting.Time.Start is not { } start)
            return meeting.Time.Text.Length > 0 ? meeting.Time.Text : null;
        var clock = EndOf(meeting.Time) is { } end
            ? $"kl. {NorwegianText.TimeRange(start, end)}"
            : NorwegianText.Clock(start);
        return meeting.Date is { IsFixed: true, Last: { } last } && last != meeting.Date.First
            ? $"{clock} hver dag"
            : clock;
    }

    /// <summary>A topic as a list item; one that lists several marked points gets its heading and a sub-list.</summary>
    private static void AppendTopic(StringBuilder text, PlannedTopic topic)
    {
        if (topic.Points.Count == 0)
        {
            text.AppendLine($"• {topic.Text}");
            return;
        }
        var firstPoint = topic.Text.IndexOf(topic.Points[0].Text, StringComparison.Ordinal);
        var heading = firstPoint > 0 ? topic.Text[..firstPoint].Trim().TrimEnd('-', '–').Trim() : topic.Text;
        text.AppendLine($"• {heading}:");
        foreach (var point in topic.Points)
            text.AppendLine(point.Mark is { } mark ? $"   – {point.Text} ({MarkLetter(mark)})" : $"   – {point.Text}");
    }

    private static char MarkLetter(TopicMark mark) =>
        mark switch
        {
            TopicMark.Decision => 'B',
            TopicMark.Discussion => 'D',
            _ => 'O',
        };
}
