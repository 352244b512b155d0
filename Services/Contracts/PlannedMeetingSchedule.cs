namespace Hfi.Contracts;

/// <summary>
/// When and where a meeting of the annual plan is to be held, as far as the plan knows. Dates are local (Europe/Oslo)
/// days; times are local "HH:mm". A window or anchored date is not exact: the meeting falls some day from FirstDate to
/// LastDate.
/// </summary>
public sealed record PlannedMeetingSchedule
{
    /// <summary>"exact", "range", "window", "anchored" or "unknown".</summary>
    public required string DateKind { get; init; }

    /// <summary>As the plan says it: "13.feb.25", "aug/sept", "KS høstkonferanse oktober".</summary>
    public required string DateText { get; init; }
    public DateOnly? FirstDate { get; init; }
    public DateOnly? LastDate { get; init; }
    public required bool IsExactDate { get; init; }
    public string? StartTime { get; init; }
    public string? EndTime { get; init; }
    public int? DurationMinutes { get; init; }

    /// <summary>Empty while to be decided ("kommer").</summary>
    public string? Place { get; init; }
    public required bool IsDigital { get; init; }
}
