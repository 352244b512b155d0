using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Domain;

/// <summary>A new meeting's particulars, validated before its case numbers are allocated.</summary>
public sealed record MeetingDetails
{
    public const int MaxTitleLength = 300;
    public const int MaxPlaceLength = 300;
    public const int MaxNameLength = 200;

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
        if (string.IsNullOrWhiteSpace(ArenaId)) errors.Add(new("arena_id", "Give the arena the meeting belongs to."));
        var title = Title?.Trim() ?? "";
        if (title.Length == 0) errors.Add(new("title", "A meeting needs a title."));
        else if (title.Length > MaxTitleLength) errors.Add(new("title", $"At most {MaxTitleLength} characters."));
        if (StartsAt is null) errors.Add(new("starts_at", "Give the meeting's start."));
        if (EndsAt is null) errors.Add(new("ends_at", "Give the meeting's end."));
        if (StartsAt is not null && EndsAt is not null && EndsAt <= StartsAt)
            errors.Add(new("ends_at", "The meeting must end after it starts."));
        if (Place?.Trim().Length > MaxPlaceLength) errors.Add(new("place", $"At most {MaxPlaceLength} characters."));
        if (Chair?.Trim().Length > MaxNameLength) errors.Add(new("chair", $"At most {MaxNameLength} characters."));
        if (Secretary?.Trim().Length > MaxNameLength) errors.Add(new("secretary", $"At most {MaxNameLength} characters."));
        if (errors.Count > 0) throw new ValidationFailedException(errors);

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

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The arena's previous meeting, whose minutes the new meeting approves.</summary>
public sealed record PreviousMeeting(Guid MeetingId, DateTimeOffset StartsAt);
