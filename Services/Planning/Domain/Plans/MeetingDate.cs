namespace Hfi.Planning.Domain.Plans;

/// <summary>
/// When a planned meeting takes place, as far as the plan knows: the text as written, the first and last day it may
/// fall on, and for anchored dates the outside event it follows.
/// </summary>
public sealed record MeetingDate(DateKind Kind, string Text, DateOnly? First, DateOnly? Last, string? Anchor = null)
{
    public bool IsFixed => Kind is DateKind.Exact or DateKind.Range;

    public static MeetingDate Unknown(string text) => new(DateKind.Unknown, text, null, null);
}

/// <summary>The time of day: a range ("10:00-14:00"), a start only, or only a duration ("2 timer").</summary>
public sealed record MeetingTime(string Text, TimeOnly? Start, TimeOnly? End, int? DurationMinutes)
{
    public static readonly MeetingTime None = new(string.Empty, null, null, null);
}

/// <summary>A planned topic, with its (B)/(D)/(O) mark, and the marked points when one line holds several.</summary>
public sealed record PlannedTopic(string Text, TopicMark? Mark, IReadOnlyList<TopicPoint> Points);

public sealed record TopicPoint(string Text, TopicMark? Mark);
