namespace Hfi.Meetings.Domain;

public enum AttendanceStatus
{
    /// <summary>Summoned (a substitute who accepted), not yet registered at the meeting.</summary>
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
    /// <summary>For absence from part of the meeting, or the reason given: "Går kl. 17:00".</summary>
    public string? AbsenceNote { get; internal set; }

    internal static Attendance For(Guid meetingId, MemberInfo member, AttendanceStatus status, MemberInfo? standsInFor = null) => new()
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

public enum SubstituteRequestStatus
{
    Asked = 1,
    Accepted = 2,
    Declined = 3,
}

/// <summary>A substitute (vara) asked to meet for an absent member; they are asked one at a time in rank order.</summary>
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
