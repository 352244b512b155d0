namespace Hfi.Meetings.Domain;

public enum AttendanceStatus
{
    /// <summary>
    /// Expected, not yet registered at the meeting: a substitute who accepted, or a member absent for part of it.
    /// </summary>
    Summoned = 1,
    Present = 2,
    Absent = 3,
}

/// <summary>One person's attendance at a meeting, with what Planning said of them when it was recorded.</summary>
public sealed class Attendance
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public required string MemberId { get; init; }
    public required string Name { get; init; }
    public string? PartnerName { get; init; }
    public string? PartnerKind { get; init; }

    /// <summary>A substitute votes in the place of the member they stand in for.</summary>
    public bool HasVotingRight { get; init; }
    public string? SubstituteForMemberId { get; init; }
    public AttendanceStatus Status { get; internal set; }

    /// <summary>The reason given, or anything the secretariat should know: "Sykdom".</summary>
    public string? AbsenceNote { get; internal set; }

    /// <summary>Set for absence from part of the meeting: leaves at this time.</summary>
    public DateTimeOffset? AbsentFrom { get; private set; }

    /// <summary>Set for absence from part of the meeting: arrives at this time.</summary>
    public DateTimeOffset? AbsentUntil { get; private set; }

    /// <summary>The part of the meeting the member misses, or null when they miss none of it or all of it.</summary>
    public AbsencePeriod? PartialAbsence =>
        AbsentFrom is null && AbsentUntil is null ? null : new AbsencePeriod(AbsentFrom, AbsentUntil);

    internal void SetPartialAbsence(AbsencePeriod? period)
    {
        AbsentFrom = period?.From;
        AbsentUntil = period?.Until;
    }

    internal static Attendance For(
        Guid meetingId,
        MemberInfo member,
        AttendanceStatus status,
        MemberInfo? standsInFor = null
    ) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            MeetingId = meetingId,
            MemberId = member.MemberId,
            Name = member.Name,
            PartnerName = member.PartnerName,
            PartnerKind = member.PartnerKind,
            HasVotingRight = standsInFor?.HasVotingRight ?? member.HasVotingRight,
            SubstituteForMemberId = standsInFor?.MemberId,
            Status = status,
        };
}

/// <summary>A member's vote given to another member present (fullmakt).</summary>
public sealed class Proxy
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public required string GiverMemberId { get; init; }
    public required string GiverName { get; init; }
    public required string HolderMemberId { get; init; }
    public required string HolderName { get; init; }
}

/// <summary>A member disqualified (inhabil) on a case: neither counted nor shown as voting on it.</summary>
public sealed class ConflictOfInterest
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public Guid AgendaItemId { get; init; }
    public required string MemberId { get; init; }
    public required string Name { get; init; }
    public string? Reason { get; init; }
}

/// <summary>What keeps a member from withdrawing their reported absence (numbers match the proto enum).</summary>
public enum AbsenceLock
{
    None = 0,

    /// <summary>The meeting has started (or is no longer before it): the secretariat records attendance.</summary>
    MeetingStarted = 1,

    /// <summary>A substitute has accepted and holds the notice: the secretariat settles it.</summary>
    SubstituteAccepted = 2,
}

public enum SubstituteRequestStatus
{
    Asked = 1,
    Accepted = 2,
    Declined = 3,

    /// <summary>The absent member will attend after all; the substitute is no longer asked.</summary>
    Cancelled = 4,
}

/// <summary>
/// A substitute (vara) asked to meet for an absent member; they are asked one at a time in rank order.
/// </summary>
public sealed class SubstituteRequest
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public required string AbsentMemberId { get; init; }
    public required string SubstituteMemberId { get; init; }
    public required string SubstituteName { get; init; }
    public string? SubstituteEmail { get; init; }
    public int Rank { get; init; }
    public SubstituteRequestStatus Status { get; internal set; } = SubstituteRequestStatus.Asked;
}
