namespace Hfi.Planning.Domain.Plans;

/// <summary>A meeting of the annual plan: which arena meets, where and when, and what it plans to take up.</summary>
public sealed class PlannedMeeting
{
    public Guid Id { get; init; }
    public int Year { get; init; }

    /// <summary>
    /// Null when the plan named an arena (or a dialogue meeting's region) that is not known; see
    /// <see cref="ArenaText"/>.
    /// </summary>
    public string? ArenaId { get; set; }
    public required string ArenaText { get; set; }
    public string? RegionId { get; set; }
    public string? RegionText { get; set; }

    /// <summary>The weekday as the plan wrote it ("Torsdag").</summary>
    public string? Weekday { get; set; }
    public required MeetingDate Date { get; set; }
    public required MeetingTime Time { get; set; }
    public string? Place { get; set; }
    public PlaceKind PlaceKind { get; set; }
    public PlannedMeetingStatus Status { get; set; }
    public List<PlannedTopic> Topics { get; set; } = [];

    /// <summary>
    /// Identifies the meeting's line in the imported table, so that importing the table again adds nothing.
    /// </summary>
    public string? ImportKey { get; init; }
    public int? SourceRow { get; init; }

    /// <summary>When the meeting was first published as part of an approved plan; null while only in a draft.</summary>
    public DateTimeOffset? AnnouncedAt { get; set; }

    public List<MeetingChange> History { get; init; } = [];
}
