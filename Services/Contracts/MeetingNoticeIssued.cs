namespace Hfi.Contracts;

/// <summary>
/// A notice (innkalling) was issued, or reissued after a change. Published once per audience: the
/// all-members version holds no restricted item; the municipal version holds every item. Each member
/// receives exactly one of them: municipal representatives the municipal version, everyone else the other.
/// </summary>
public sealed record MeetingNoticeIssued
{
    public required Guid MeetingId { get; init; }
    public required string ArenaId { get; init; }
    public required string ArenaName { get; init; }
    public required int NoticeVersion { get; init; }
    public required string Audience { get; init; }
    public required string Title { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset PlannedEndsAt { get; init; }

    /// <summary>Local time (Europe/Oslo) the agenda is estimated to end, e.g. "17:40".</summary>
    public required string EstimatedEnd { get; init; }
    public string? Place { get; init; }
    public string? Chair { get; init; }
    public string? Secretary { get; init; }
    public required IReadOnlyList<NoticeItem> Items { get; init; }
    public required DateTimeOffset IssuedAt { get; init; }
}

/// <summary>One agenda item as the notice shows it.</summary>
public sealed record NoticeItem
{
    /// <summary>"presentation", "case", "any-other-business" or "break".</summary>
    public required string Kind { get; init; }

    /// <summary>Case number such as "04.24"; empty for items that are not cases.</summary>
    public string? CaseNumber { get; init; }
    public required string Title { get; init; }

    /// <summary>"orientering", "drøfting", "beslutning" or empty.</summary>
    public string? CaseType { get; init; }
    public required int DurationMinutes { get; init; }
    public int QuestionMinutes { get; init; }

    /// <summary>Local times (Europe/Oslo), "HH:mm".</summary>
    public required string StartsAt { get; init; }
    public required string EndsAt { get; init; }
    public string? Presenter { get; init; }
    public string? Background { get; init; }
    public string? ProposedResolution { get; init; }
    public IReadOnlyList<string> ResolutionPoints { get; init; } = [];
    public IReadOnlyList<ResolutionAlternative> Alternatives { get; init; } = [];
    public required string Audience { get; init; }
    public IReadOnlyList<NoticeAttachment> Attachments { get; init; } = [];
}

public sealed record ResolutionAlternative
{
    /// <summary>"Alternativ 1", …</summary>
    public required string Label { get; init; }
    public required string Text { get; init; }
}

public sealed record NoticeAttachment
{
    public required Guid AttachmentId { get; init; }
    public required string Title { get; init; }
    public required string Audience { get; init; }
}

public static class NoticeSchedule
{
    /// <summary>
    /// When the agenda a notice version lists ends. <see cref="MeetingNoticeIssued.EstimatedEnd"/> is the end of the
    /// part for all members; the municipal version's own items follow it, so its end is after them. Give only the
    /// items the version's audience may see.
    /// </summary>
    public static string EndOf(string estimatedEnd, IEnumerable<NoticeItem> listed) =>
        listed.Select(item => item.EndsAt).Append(estimatedEnd).Max(StringComparer.Ordinal)!;
}
