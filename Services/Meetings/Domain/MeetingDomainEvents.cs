using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Domain;

/// <summary>
/// Something that happened to a meeting which others are to be told of. The meeting raises it; at save time the
/// integration event translator turns it into the events other services read, in the same transaction.
/// </summary>
public interface IMeetingDomainEvent : IDomainEvent;

/// <summary>
/// A change to an agenda whose notice was issued, in Norwegian, for the audience that may know of it, with the
/// agenda's version as that audience sees it.
/// </summary>
public sealed record AgendaChangedDomainEvent(int AgendaVersion, string Summary, string Audience) : IMeetingDomainEvent;

/// <summary>
/// The meeting was created, or a case was added, changed or withdrawn: its cases are to be told (once per save).
/// </summary>
public sealed record CasesChangedDomainEvent : IMeetingDomainEvent;

/// <summary>
/// A meeting that realises a planned meeting was set up or changed: the plan is to take its day, times and place.
/// </summary>
public sealed record MeetingArrangedDomainEvent(Guid PlannedMeetingId) : IMeetingDomainEvent;

/// <summary>A meeting that realises a planned meeting was held.</summary>
public sealed record MeetingHeldDomainEvent(Guid PlannedMeetingId) : IMeetingDomainEvent;

/// <summary>The notice was issued (or reissued): each audience that can see something new gets its version.</summary>
public sealed record NoticeIssuedDomainEvent : IMeetingDomainEvent;

/// <summary>The minutes were approved: each audience gets its version.</summary>
public sealed record MinutesApprovedDomainEvent : IMeetingDomainEvent;

/// <summary>A substitute was asked to meet for an absent member.</summary>
public sealed record SubstituteAskedDomainEvent(SubstituteRequest Request, string AbsentMemberName)
    : IMeetingDomainEvent;

/// <summary>
/// A substitute's request was withdrawn (the member attends after all); <see cref="HadAccepted"/> when they had said
/// yes.
/// </summary>
public sealed record SubstituteReleasedDomainEvent(SubstituteRequest Request, string AbsentMemberName, bool HadAccepted)
    : IMeetingDomainEvent;

/// <summary>A substitute accepted and is summoned, to receive the notice of <see cref="NoticeAudience"/>.</summary>
public sealed record SubstituteSummonedDomainEvent(
    SubstituteRequest Request,
    Attendance Substitute,
    string StandsInForName,
    string NoticeAudience
) : IMeetingDomainEvent;

/// <summary>
/// The meeting was cancelled before it was held. <see cref="PlannedMeetingId"/>: the plan entry it realised, if any;
/// <see cref="NoticeIssued"/>: whether members had received its notice.
/// </summary>
public sealed record MeetingCancelledDomainEvent(
    Guid? PlannedMeetingId,
    string Reason,
    DateTimeOffset CancelledAt,
    bool NoticeIssued
) : IMeetingDomainEvent;
