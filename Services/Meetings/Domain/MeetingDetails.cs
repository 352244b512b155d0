using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Meetings.Domain;

/// <summary>A new meeting's particulars, validated before its case numbers are allocated.</summary>
public sealed record MeetingDetails
{
    public const int MaxTitleLength = 300;
    public const int MaxPlaceLength = 300;
    public const int MaxNameLength = 200;
    public const int FirstYear = 2000;
    public const int LastYear = 2100;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(3);

    public string? ArenaId { get; init; }
    public string? Title { get; init; }
    public DateTimeOffset? StartsAt { get; init; }
    public DateTimeOffset? EndsAt { get; init; }
    public string? Place { get; init; }
    public string? Chair { get; init; }
    public string? Secretary { get; init; }
    public string? PlannedMeetingId { get; init; }

    /// <summary>The year (Europe/Oslo) that numbers the meeting's cases.</summary>
    public int Year => OsloTime.Year(StartsAt!.Value);

    public MeetingDetails Validated()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(ArenaId))
            errors.Add(new("arena_id", Reasons.MeetingArenaMissing, "Give the arena the meeting belongs to."));
        var title = Title?.Trim() ?? "";
        if (title.Length == 0)
            errors.Add(new("title", Reasons.MeetingTitleMissing, "A meeting needs a title."));
        else if (title.Length > MaxTitleLength)
            errors.Add(new("title", Reasons.AtMost(MaxTitleLength), $"At most {MaxTitleLength} characters."));
        if (StartsAt is null)
        {
            errors.Add(new("starts_at", Reasons.MeetingStartMissing, "Give the meeting's start."));
        }
        else if (!InWindow(StartsAt.Value))
        {
            errors.Add(
                new(
                    "starts_at",
                    Reasons.MeetingOutsideWindow(FirstYear, LastYear),
                    $"A meeting is held between {FirstYear} and {LastYear}."
                )
            );
        }

        if (EndsAt is null)
        {
            errors.Add(new("ends_at", Reasons.MeetingEndMissing, "Give the meeting's end."));
        }
        else if (!InWindow(EndsAt.Value))
        {
            errors.Add(
                new(
                    "ends_at",
                    Reasons.MeetingOutsideWindow(FirstYear, LastYear),
                    $"A meeting is held between {FirstYear} and {LastYear}."
                )
            );
        }

        if (StartsAt is not null && EndsAt is not null && EndsAt <= StartsAt)
        {
            errors.Add(new("ends_at", Reasons.MeetingEndsBeforeStart, "The meeting must end after it starts."));
        }
        else if (StartsAt is not null && EndsAt is not null && EndsAt - StartsAt > MaxDuration)
        {
            errors.Add(
                new(
                    "ends_at",
                    Reasons.MeetingTooLong((int)MaxDuration.TotalDays),
                    $"A meeting lasts at most {MaxDuration.TotalDays} days."
                )
            );
        }

        if (Place?.Trim().Length > MaxPlaceLength)
            errors.Add(new("place", Reasons.AtMost(MaxPlaceLength), $"At most {MaxPlaceLength} characters."));
        if (Chair?.Trim().Length > MaxNameLength)
            errors.Add(new("chair", Reasons.AtMost(MaxNameLength), $"At most {MaxNameLength} characters."));
        if (Secretary?.Trim().Length > MaxNameLength)
            errors.Add(new("secretary", Reasons.AtMost(MaxNameLength), $"At most {MaxNameLength} characters."));
        if (errors.Count > 0)
            throw new ValidationFailedException(errors);

        return this with
        {
            ArenaId = ArenaId!.Trim(),
            Title = title,
            Place = Blank(Place),
            Chair = Blank(Chair),
            Secretary = Blank(Secretary),
            PlannedMeetingId = Blank(PlannedMeetingId),
        };
    }

    private static bool InWindow(DateTimeOffset at) =>
        at.UtcDateTime.Year >= FirstYear && at.UtcDateTime.Year <= LastYear;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The arena's previous meeting, whose minutes the new meeting approves.</summary>
public sealed record PreviousMeeting(Guid MeetingId, DateTimeOffset StartsAt);
