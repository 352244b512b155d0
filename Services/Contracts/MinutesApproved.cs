namespace Hfi.Contracts;

/// <summary>
/// The minutes (protokoll) of a meeting were approved. Published once per audience, like
/// <see cref="MeetingNoticeIssued"/>: the all-members version leaves restricted decisions out.
/// </summary>
public sealed record MinutesApproved
{
    public required Guid MeetingId { get; init; }
    public required string ArenaId { get; init; }
    public required string ArenaName { get; init; }
    public required string Audience { get; init; }
    public required string Title { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    public string? Place { get; init; }
    public string? Chair { get; init; }
    public string? Secretary { get; init; }
    public required IReadOnlyList<MinutesAttendee> Attendees { get; init; }
    public required IReadOnlyList<MinutesDecision> Decisions { get; init; }
    public required DateTimeOffset ApprovedAt { get; init; }

    /// <summary>
    /// When the meeting actually started and ended, as the secretariat recorded it (null until recorded).
    /// </summary>
    public DateTimeOffset? ActualStartsAt { get; init; }
    public DateTimeOffset? ActualEndsAt { get; init; }
    public IReadOnlyList<MinutesNote> Presentations { get; init; } = [];

    /// <summary>Eventuelt: the topics the agenda announced and what was said.</summary>
    public IReadOnlyList<MinutesNote> AnyOtherBusiness { get; init; } = [];
}

/// <summary>A presentation or Eventuelt in the minutes, with what was said.</summary>
public sealed record MinutesNote
{
    public required Guid ItemId { get; init; }
    public required string Title { get; init; }
    public string? Presenter { get; init; }
    public string? Topic { get; init; }
    public string? Notes { get; init; }
}

public sealed record MinutesAttendee
{
    public required string Name { get; init; }
    public string? PartnerName { get; init; }

    /// <summary>"present", "absent", "substitute" (møtte som vara) or "proxy-given" (ga fullmakt).</summary>
    public required string Attendance { get; init; }
    public string? SubstituteFor { get; init; }
    public string? ProxyHolder { get; init; }
    public bool HasVotingRight { get; init; }

    /// <summary>
    /// The part of the meeting a present attendee missed, in Norwegian: "fra kl. 17:00", "til kl. 16:45".
    /// </summary>
    public string? PartlyAbsent { get; init; }
}

public sealed record MinutesDecision
{
    public required string CaseNumber { get; init; }
    public required string Title { get; init; }
    public required string AdoptedText { get; init; }
    public required bool Unanimous { get; init; }
    public int? VotesFor { get; init; }
    public int? VotesAgainst { get; init; }
    public int? VotesBlank { get; init; }
    public IReadOnlyList<string> Disqualified { get; init; } = [];

    /// <summary>
    /// The votes present on the case when it was decided: proxies in, the disqualified and the absent out.
    /// </summary>
    public int? VotesEntitled { get; init; }
    public required string Audience { get; init; }

    /// <summary>
    /// What was adopted: "proposal", "alternative" (see <see cref="AlternativeNumber"/>) or "amended".
    /// </summary>
    public string? Source { get; init; }
    public int? AlternativeNumber { get; init; }

    /// <summary>For an amended text: the amendment (endringsforslag) the meeting adopted.</summary>
    public string? Amendment { get; init; }

    /// <summary>For an alternative or an amended text: the proposal as the agenda put it.</summary>
    public string? ProposedText { get; init; }

    /// <summary>The voting seats of the body that decided.</summary>
    public int? VotingSeats { get; init; }

    /// <summary>
    /// The body that decided when it is not the whole meeting, in Norwegian: "Kommunenes representanter".
    /// </summary>
    public string? DecidedBy { get; init; }
}
