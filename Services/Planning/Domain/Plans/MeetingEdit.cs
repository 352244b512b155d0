using Hfi.Planning.Domain.Plans.Import;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Planning.Domain.Plans;

/// <summary>
/// A new date (and optionally time and place) for a meeting, written as in the plan. Unlike an import, an edit that
/// cannot be read exactly is refused rather than kept with a warning.
/// </summary>
public sealed record MeetingEdit(MeetingDate Date, MeetingTime? Time, (PlaceKind Kind, string? Place)? Place)
{
    public static MeetingEdit Read(string? dateText, string? timeText, string? placeText, int year)
    {
        var errors = new List<FieldError>();
        var (date, problem) = DateTextParser.Parse(dateText, year);
        if (problem is not null)
        {
            errors.Add(
                new(
                    "date_text",
                    Reasons.PlanDateUnreadable(problem),
                    $"{problem} Skriv f.eks. «28.aug.25», «12.-13. mars 2025», «uke 35» eller «sept/okt»."
                )
            );
        }

        MeetingTime? time = null;
        if (!string.IsNullOrWhiteSpace(timeText))
        {
            var parsed = TimeTextParser.Parse(timeText);
            if (parsed.Code is not null)
                errors.Add(new("time_text", Reasons.PlanTimeUnreadable(parsed.Problem!), parsed.Problem!));
            time = parsed.Time;
        }
        if (errors.Count > 0)
            throw new ValidationFailedException(errors);
        return new MeetingEdit(date, time, placeText is null ? null : Places.Read(placeText));
    }
}

/// <summary>The day, local (Oslo) times and place of the meeting in Meetings that realises a planned meeting.</summary>
public sealed record RealisedMeeting(DateOnly Day, TimeOnly Start, TimeOnly End, (PlaceKind Kind, string? Place) Place)
{
    public static RealisedMeeting Of(DateTimeOffset startsAt, DateTimeOffset endsAt, string? place)
    {
        return new(
            OsloTime.Day(startsAt),
            OsloTime.TimeOfDay(startsAt),
            OsloTime.TimeOfDay(endsAt),
            Places.Read(place)
        );
    }
}
