namespace Hfi.Contracts;

/// <summary>
/// A meeting is in an approved annual plan: published for each meeting when the plan is first approved, and for a
/// meeting added to a plan already approved. Drafts announce nothing.
/// </summary>
public sealed record MeetingScheduled
{
    public required Guid PlannedMeetingId { get; init; }
    public required int Year { get; init; }

    /// <summary>Null when the plan named an arena Planning does not know (yet).</summary>
    public string? ArenaId { get; init; }
    public required string ArenaName { get; init; }
    public string? RegionId { get; init; }

    /// <summary>"tentative" (window or anchored date) or "scheduled" (exact date).</summary>
    public required string Status { get; init; }
    public required PlannedMeetingSchedule Schedule { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public required DateTimeOffset ScheduledAt { get; init; }
}
