using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Meetings.Domain;

/// <summary>
/// The part of a meeting a member misses, as a secretary writes it: "går kl. 15:30" (absent from), "kommer kl. 14:00"
/// (absent until), or both. An open end runs to the start or the end of the meeting.
/// </summary>
public sealed record AbsencePeriod(DateTimeOffset? From, DateTimeOffset? Until)
{
    /// <summary>
    /// Reads Oslo clock times ("15:30") on the meeting's date; null when neither is given (absence from the whole
    /// meeting). Each time must fall inside the meeting as <paramref name="viewer"/> (the member's side) sees it: its
    /// planned end, or the end of the agenda they see when that is later.
    /// </summary>
    public static AbsencePeriod? Parse(Meeting meeting, Viewer viewer, string? absentFrom, string? absentUntil)
    {
        var errors = new List<FieldError>();
        var end = meeting.ScheduledEndFor(viewer);
        var from = ClockOnMeetingDay(meeting, end, absentFrom, "absent_from", errors);
        var until = ClockOnMeetingDay(meeting, end, absentUntil, "absent_until", errors);
        if (errors.Count == 0 && from is not null && until is not null && from >= until)
        {
            errors.Add(
                new(
                    "absent_until",
                    Reasons.AbsenceEndsBeforeStart,
                    $"The absence must end after it starts ({NorwegianText.Time(from.Value)})."
                )
            );
        }

        if (errors.Count > 0)
            throw new ValidationFailedException(errors);
        return from is null && until is null ? null : new AbsencePeriod(from, until);
    }

    /// <summary>
    /// The absence as someone who sees the meeting end at <paramref name="end"/> may see it: a time past that end would
    /// betray that the meeting runs on for others. Null when it touches none of their meeting; <paramref name="whole"/>
    /// when it covers all of it.
    /// </summary>
    public AbsencePeriod? Within(DateTimeOffset end, out bool whole)
    {
        var from = From >= end ? null : From;
        var until = Until >= end ? null : Until;
        whole = Until >= end && From is null;
        return whole || (from is null && until is null) || From >= end ? null : new AbsencePeriod(from, until);
    }

    /// <summary>True when the member is away during any part of the span (a case's computed time slot).</summary>
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) =>
        (From ?? DateTimeOffset.MinValue) < end && (Until ?? DateTimeOffset.MaxValue) > start;

    /// <summary>
    /// Norwegian, for the minutes and the attendance list: "fra kl. 15:30", "til kl. 14:00", "kl. 14:00–15:00".
    /// </summary>
    public string Describe() =>
        (From, Until) switch
        {
            ({ } from, { } until) => $"kl. {NorwegianText.TimeRange(from, until)}",
            ({ } from, null) => $"fra {NorwegianText.Clock(from)}",
            (null, { } until) => $"til {NorwegianText.Clock(until)}",
            _ => "hele møtet",
        };

    private static DateTimeOffset? ClockOnMeetingDay(
        Meeting meeting,
        DateTimeOffset end,
        string? text,
        string field,
        List<FieldError> errors
    )
    {
        if (meeting.ClockOnDay(text, field, errors) is not { } instant)
            return null;
        if (instant <= meeting.StartsAt || instant >= end)
        {
            errors.Add(
                new(
                    field,
                    Reasons.AbsenceOutsideMeeting,
                    $"{text!.Trim()} is not during the meeting ({NorwegianText.TimeRange(meeting.StartsAt, end)}); report absence from the whole meeting without times."
                )
            );
            return null;
        }
        return instant;
    }
}
