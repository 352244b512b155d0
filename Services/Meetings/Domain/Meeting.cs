using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Domain;

/// <summary>A meeting of an arena (møte), from its draft to its approved minutes.</summary>
public sealed class Meeting
{
    public const int MaxTitleLength = 300;
    public const int MaxPlaceLength = 300;

    public Guid Id { get; init; }
    public required string ArenaId { get; init; }
    public required string Title { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public string? Place { get; set; }
    public MeetingStatus Status { get; set; }

    /// <summary>Validates a new meeting; whether its arena exists is checked with Planning by the caller.</summary>
    public static Meeting Create(string? arenaId, string? title, DateTimeOffset? startsAt, DateTimeOffset? endsAt, string? place)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(arenaId)) errors.Add(new("arena_id", "Give the arena the meeting belongs to."));
        var trimmedTitle = title?.Trim() ?? string.Empty;
        if (trimmedTitle.Length == 0) errors.Add(new("title", "A meeting needs a title."));
        else if (trimmedTitle.Length > MaxTitleLength) errors.Add(new("title", $"At most {MaxTitleLength} characters."));
        if (startsAt is null) errors.Add(new("starts_at", "Give the meeting's start."));
        if (endsAt is null) errors.Add(new("ends_at", "Give the meeting's end."));
        if (startsAt is not null && endsAt is not null && endsAt <= startsAt)
            errors.Add(new("ends_at", "The meeting must end after it starts."));
        var trimmedPlace = string.IsNullOrWhiteSpace(place) ? null : place.Trim();
        if (trimmedPlace?.Length > MaxPlaceLength) errors.Add(new("place", $"At most {MaxPlaceLength} characters."));

        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return new Meeting
        {
            Id = Guid.CreateVersion7(),
            ArenaId = arenaId!.Trim(),
            Title = trimmedTitle,
            StartsAt = startsAt!.Value,
            EndsAt = endsAt!.Value,
            Place = trimmedPlace,
            Status = MeetingStatus.Draft,
        };
    }
}
