using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Meetings.Domain;

public sealed partial class Meeting
{
    private static readonly MeetingStatus[] AttendanceStates = [MeetingStatus.NoticeIssued, MeetingStatus.Held];

    public Attendance? AttendanceOf(string memberId) => Attendances.SingleOrDefault(a => a.MemberId == memberId);

    /// <summary>Registers a member (or a summoned substitute) as present or absent.</summary>
    public Attendance RecordAttendance(ArenaRoster roster, string memberId, bool present, DateTimeOffset now)
    {
        MeetingLifecycle.EnsureIn(Status, "record attendance", AttendanceStates);
        EnsureMeetingDayReached(now, "record attendance");
        var member = roster.Find(memberId, "member_id");
        var status = present ? AttendanceStatus.Present : AttendanceStatus.Absent;
        var existing = AttendanceOf(member.MemberId);
        if (existing is not null)
        {
            existing.Status = status;
            return existing;
        }
        if (member.IsSubstitute)
        {
            throw new ValidationFailedException(
                "member_id",
                Reasons.SubstituteNotSummoned(member.Name),
                $"{member.Name} is a substitute and meets only when summoned for an absent member."
            );
        }

        var attendance = Attendance.For(Id, member, status);
        Attendances.Add(attendance);
        return attendance;
    }

    /// <summary>
    /// A member reports absence (forfall). From the whole meeting: they are absent and their substitutes are asked in
    /// rank order; returns the request sent, or null when there is none to ask. From part of it ("15:30" in
    /// <paramref name="absentFrom"/>, "14:00" in <paramref name="absentUntil"/>): they are expected for the rest and
    /// not counted on a case whose time slot their absence touches; no substitute is asked.
    /// </summary>
    public SubstituteRequest? ReportAbsence(
        ArenaRoster roster,
        string memberId,
        string? note,
        string? absentFrom = null,
        string? absentUntil = null
    )
    {
        MeetingLifecycle.EnsureIn(Status, "report absence", AttendanceStates);
        var member = roster.Find(memberId, "member_id");
        if (member.IsSubstitute)
        {
            throw new ValidationFailedException(
                "member_id",
                Reasons.SubstituteDeclinesInstead(member.Name),
                $"{member.Name} is a substitute; a substitute declines the request instead."
            );
        }

        if (note?.Trim().Length > 500)
            throw new ValidationFailedException("note", Reasons.AbsenceNoteTooLong, "At most 500 characters.");
        var period = AbsencePeriod.Parse(this, Viewer.ForPartnerKind(member.PartnerKind), absentFrom, absentUntil);

        var attendance = AttendanceOf(member.MemberId);
        if (attendance is null)
        {
            attendance = Attendance.For(Id, member, AttendanceStatus.Absent);
            Attendances.Add(attendance);
        }
        attendance.AbsenceNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        attendance.SetPartialAbsence(period);

        if (period is not null)
        {
            ReleaseSubstitutes(member.MemberId);
            if (attendance.Status == AttendanceStatus.Absent)
                attendance.Status = AttendanceStatus.Summoned;
            return null;
        }
        attendance.Status = AttendanceStatus.Absent;
        if (
            SubstituteRequests.Any(r =>
                r.AbsentMemberId == member.MemberId
                && r.Status is SubstituteRequestStatus.Asked or SubstituteRequestStatus.Accepted
            )
        )
        {
            return null;
        }

        return AskNextSubstitute(roster, member.MemberId);
    }

    /// <summary>
    /// The member will attend after all, until the meeting starts: their absence is withdrawn, a proxy they gave
    /// lapses and a substitute still to answer is no longer asked. Refused once a substitute has accepted (they hold
    /// the notice and the seat), which the secretariat settles.
    /// </summary>
    public void WithdrawAbsence(string memberId, DateTimeOffset now)
    {
        var attendance =
            ReportedAbsenceOf(memberId)
            ?? throw new NotFoundException(
                Reasons.NoAbsenceReported,
                $"'{memberId}' has reported no absence from this meeting."
            );
        if (WhyAbsenceStays(attendance, now) is { } reason)
            throw new InvalidStateException(Reasons.AbsenceLocked, reason);
        Withdraw(attendance);
    }

    /// <summary>
    /// The secretariat withdraws a member's absence, also on the day: the member came after all, or the absence was
    /// reported by mistake. A substitute who accepted is released (and told so), unless registered present.
    /// </summary>
    public void CancelAbsence(string memberId)
    {
        MeetingLifecycle.EnsureIn(Status, "withdraw an absence", AttendanceStates);
        var attendance =
            ReportedAbsenceOf(memberId)
            ?? throw new NotFoundException(
                Reasons.NoAbsenceReported,
                $"'{memberId}' has reported no absence from this meeting."
            );
        if (AcceptedSubstituteFor(memberId) is { } accepted)
        {
            var substitute = AttendanceOf(accepted.SubstituteMemberId);
            if (substitute?.Status == AttendanceStatus.Present)
            {
                throw new InvalidStateException(
                    Reasons.SubstitutePresentInPlace(accepted.SubstituteName),
                    $"{accepted.SubstituteName} is registered present in {attendance.Name}'s place; record them absent first."
                );
            }

            if (substitute is not null)
                Attendances.Remove(substitute);
            accepted.Status = SubstituteRequestStatus.Cancelled;
            Raise(new SubstituteReleasedDomainEvent(accepted, attendance.Name, HadAccepted: true));
        }
        Withdraw(attendance);
    }

    private void Withdraw(Attendance attendance)
    {
        var memberId = attendance.MemberId;
        ReleaseSubstitutes(memberId);
        Proxies.RemoveAll(p => p.GiverMemberId == memberId);
        if (attendance.Status == AttendanceStatus.Present)
        {
            attendance.SetPartialAbsence(null);
            attendance.AbsenceNote = null;
        }
        else
        {
            Attendances.Remove(attendance);
        }
    }

    /// <summary>
    /// An attendance as <paramref name="viewer"/> may see it: absence times past the end of the meeting they see are
    /// left out (or, when the absence covers all of it, shown as absence), so they do not betray hidden items.
    /// </summary>
    public (AttendanceStatus Status, AbsencePeriod? Absence) AttendanceSeenBy(Attendance attendance, Viewer viewer)
    {
        if (attendance.PartialAbsence is not { } absence)
            return (attendance.Status, null);
        var seen = absence.Within(ScheduledEndFor(viewer), out var whole);
        return (whole ? AttendanceStatus.Absent : attendance.Status, seen);
    }

    /// <summary>The member's absence, whole or partial, when they have one; never a substitute's summons.</summary>
    public Attendance? ReportedAbsenceOf(string memberId) =>
        AttendanceOf(memberId) is { SubstituteForMemberId: null } attendance
        && (attendance.Status == AttendanceStatus.Absent || attendance.PartialAbsence is not null)
            ? attendance
            : null;

    /// <summary>Why a reported absence can no longer be withdrawn by the member, or null when it can.</summary>
    public string? WhyAbsenceStays(Attendance absence, DateTimeOffset now) =>
        LockOf(absence, now) switch
        {
            AbsenceLock.MeetingStarted =>
                $"The meeting started at {NorwegianText.Time(StartsAt)} on {NorwegianText.NumericDate(StartsAt)}; from then on the secretariat records attendance.",
            AbsenceLock.SubstituteAccepted => SeatTakenBy(AcceptedSubstituteFor(absence.MemberId)!),
            _ => null,
        };

    /// <summary>
    /// The member's own absence as they see it at <paramref name="now"/>, or null when they reported none.
    /// </summary>
    public MemberAbsence? AbsenceOf(string memberId, DateTimeOffset now) =>
        ReportedAbsenceOf(memberId) is { } absence
            ? new(
                absence,
                LockOf(absence, now),
                WhyAbsenceStays(absence, now),
                [.. SubstituteRequests.Where(r => r.AbsentMemberId == memberId).OrderBy(r => r.Rank)]
            )
            : null;

    /// <summary>What keeps the member from withdrawing a reported absence themselves.</summary>
    public AbsenceLock LockOf(Attendance absence, DateTimeOffset now) =>
        Status != MeetingStatus.NoticeIssued || now >= StartsAt ? AbsenceLock.MeetingStarted
        : AcceptedSubstituteFor(absence.MemberId) is not null ? AbsenceLock.SubstituteAccepted
        : AbsenceLock.None;

    /// <summary>
    /// The substitute's answer (<paramref name="answeringMemberId"/>: the member answering for themselves; null when
    /// the secretariat answers on their behalf): one who accepts is summoned; a decline passes the request to the next
    /// in rank.
    /// </summary>
    public SubstituteAnswer AnswerSubstituteRequest(
        ArenaRoster roster,
        Guid requestId,
        bool accept,
        string? answeringMemberId = null
    )
    {
        var request =
            SubstituteRequests.SingleOrDefault(r => r.Id == requestId)
            ?? throw new NotFoundException(
                Reasons.SubstituteRequestNotFound,
                $"Substitute request '{requestId}' does not exist for this meeting."
            );
        if (answeringMemberId is not null && answeringMemberId != request.SubstituteMemberId)
        {
            throw new PermissionDeniedException(
                Reasons.SubstituteRequestForSomeoneElse,
                "Only the secretariat may answer a request sent to someone else."
            );
        }

        MeetingLifecycle.EnsureIn(Status, "answer a substitute request", AttendanceStates);
        if (request.Status == SubstituteRequestStatus.Cancelled)
        {
            throw new InvalidStateException(
                Reasons.SubstituteRequestWithdrawn,
                $"The request to {request.SubstituteName} was withdrawn: the member attends after all."
            );
        }

        if (request.Status != SubstituteRequestStatus.Asked)
        {
            throw new InvalidStateException(
                Reasons.SubstituteRequestAnswered,
                $"The request to {request.SubstituteName} was already answered."
            );
        }

        if (!accept)
        {
            request.Status = SubstituteRequestStatus.Declined;
            return new(request, AskNextSubstitute(roster, request.AbsentMemberId));
        }

        request.Status = SubstituteRequestStatus.Accepted;
        var substitute = roster.Find(request.SubstituteMemberId, "substitute_member_id");
        var principal = roster.Find(request.AbsentMemberId, "member_id");
        if (AttendanceOf(substitute.MemberId) is null)
            Attendances.Add(Attendance.For(Id, substitute, AttendanceStatus.Summoned, standsInFor: principal));
        var summoned = AttendanceOf(substitute.MemberId)!;
        Raise(
            new SubstituteSummonedDomainEvent(
                request,
                summoned,
                AttendanceOf(principal.MemberId)!.Name,
                Viewer.ForPartnerKind(summoned.PartnerKind).NoticeAudience
            )
        );
        return new(request, NextAsked: null);
    }

    /// <summary>A member gives their vote to another member present (fullmakt), under the arena's rules.</summary>
    public Proxy GiveProxy(ArenaRoster roster, ArenaRules rules, string giverId, string holderId)
    {
        MeetingLifecycle.EnsureIn(Status, "register a proxy", AttendanceStates);
        var giver = roster.Find(giverId, "giver_member_id");
        var holder = roster.Find(holderId, "holder_member_id");
        if (giver.MemberId == holder.MemberId)
        {
            throw new ValidationFailedException(
                "holder_member_id",
                Reasons.ProxyToSelf,
                "A member cannot give a proxy to themselves."
            );
        }

        if (giver.IsSubstitute || !giver.HasVotingRight)
        {
            throw new ValidationFailedException(
                "giver_member_id",
                Reasons.ProxyGiverHasNoVote(giver.Name),
                $"{giver.Name} holds no seat with a vote to give."
            );
        }

        if (giver.PartnerKind is null || giver.PartnerKind != holder.PartnerKind)
        {
            throw new ValidationFailedException(
                "holder_member_id",
                Reasons.ProxyAcrossPartnerKinds,
                $"A proxy goes to a member of the same partner kind: {giver.Name} is {giver.PartnerKind ?? "neither"}, {holder.Name} is {holder.PartnerKind ?? "neither"}."
            );
        }

        if (
            AttendanceOf(holder.MemberId) is not { Status: AttendanceStatus.Present } holding
            || !holding.HasVotingRight
        )
        {
            throw new ValidationFailedException(
                "holder_member_id",
                Reasons.ProxyHolderNotPresent(holder.Name),
                $"{holder.Name} must be present with a vote to hold a proxy."
            );
        }

        if (AttendanceOf(giver.MemberId)?.Status == AttendanceStatus.Present)
        {
            throw new ValidationFailedException(
                "giver_member_id",
                Reasons.ProxyGiverPresent(giver.Name),
                $"{giver.Name} is present and votes in person."
            );
        }

        if (Attendances.Any(a => a.SubstituteForMemberId == giver.MemberId && a.Status != AttendanceStatus.Absent))
        {
            throw new ValidationFailedException(
                "giver_member_id",
                Reasons.ProxyGiverHasSubstitute(giver.Name),
                $"{giver.Name} is represented by a substitute, who votes in their place."
            );
        }

        if (Proxies.SingleOrDefault(p => p.GiverMemberId == giver.MemberId) is { } given)
        {
            throw new ValidationFailedException(
                "giver_member_id",
                Reasons.ProxyAlreadyGiven(giver.Name, given.HolderName),
                $"{giver.Name} has already given a proxy to {given.HolderName}."
            );
        }

        if (Proxies.Any(p => p.GiverMemberId == holder.MemberId))
        {
            throw new ValidationFailedException(
                "holder_member_id",
                Reasons.ProxyHolderGaveVote(holder.Name),
                $"{holder.Name} has given their own vote away."
            );
        }

        var held = Proxies.Count(p => p.HolderMemberId == holder.MemberId);
        if (held >= rules.MaxProxiesPerHolder)
        {
            throw new ValidationFailedException(
                "holder_member_id",
                Reasons.ProxyHolderFull(holder.Name, rules.MaxProxiesPerHolder),
                $"{holder.Name} already holds {held} proxy(ies); the arena allows at most {rules.MaxProxiesPerHolder} per member."
            );
        }

        if (AttendanceOf(giver.MemberId) is null)
            Attendances.Add(Attendance.For(Id, giver, AttendanceStatus.Absent));
        var proxy = new Proxy
        {
            Id = Guid.CreateVersion7(),
            MeetingId = Id,
            GiverMemberId = giver.MemberId,
            GiverName = giver.Name,
            HolderMemberId = holder.MemberId,
            HolderName = holder.Name,
        };
        Proxies.Add(proxy);
        return proxy;
    }

    public void RevokeProxy(string giverId)
    {
        MeetingLifecycle.EnsureIn(Status, "revoke a proxy", AttendanceStates);
        var proxy =
            Proxies.SingleOrDefault(p => p.GiverMemberId == giverId)
            ?? throw new NotFoundException(Reasons.ProxyNotFound, $"'{giverId}' has given no proxy for this meeting.");
        Proxies.Remove(proxy);
    }

    /// <summary>Records that a member is disqualified (inhabil) on a case.</summary>
    public ConflictOfInterest RecordConflictOfInterest(ArenaRoster roster, Guid itemId, string memberId, string? reason)
    {
        MeetingLifecycle.EnsureIn(
            Status,
            "record a conflict of interest",
            MeetingStatus.Draft,
            MeetingStatus.NoticeIssued,
            MeetingStatus.Held
        );
        var item = FindItem(itemId);
        if (!item.IsCase)
            throw new ValidationFailedException("item_id", Reasons.NotACase, $"{item.Label} is not a case.");
        var member = roster.Find(memberId, "member_id");
        var existing = Conflicts.SingleOrDefault(c => c.AgendaItemId == itemId && c.MemberId == member.MemberId);
        if (existing is not null)
            return existing;
        var conflict = new ConflictOfInterest
        {
            Id = Guid.CreateVersion7(),
            MeetingId = Id,
            AgendaItemId = itemId,
            MemberId = member.MemberId,
            Name = member.Name,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        };
        Conflicts.Add(conflict);
        return conflict;
    }

    /// <summary>
    /// Those present with a vote and the proxies they hold, for the meeting or one case. On a case, the disqualified
    /// are left out, and so is whoever is away during part of the case's computed time slot. A case for municipal
    /// representatives only is decided by them alone: only their seats, votes and proxies count. A proxy counts only
    /// while its holder votes and its giver does not.
    /// </summary>
    public VotingCount CountVotes(ArenaRoster roster, ArenaRules rules, Guid? caseId = null)
    {
        var item = caseId is { } id ? FindItem(id) : null;
        var body = VotingBody.For(item);
        var disqualified = caseId is null
            ? []
            : Conflicts.Where(c => c.AgendaItemId == caseId).Select(c => c.MemberId).ToHashSet();
        var slot = caseId is null
            ? null
            : AgendaSchedule.For(this, Viewer.Everyone).Items.SingleOrDefault(s => s.Item.Id == caseId);
        var voters = Attendances
            .Where(a =>
                a.Status == AttendanceStatus.Present
                && a.HasVotingRight
                && body.Includes(a.PartnerKind)
                && !disqualified.Contains(a.MemberId)
            )
            .Where(a => slot is null || a.PartialAbsence?.Overlaps(slot.StartsAt, slot.EndsAt) != true)
            .Select(a => a.MemberId)
            .ToHashSet();
        var proxyVotes = Proxies.Count(p =>
            voters.Contains(p.HolderMemberId)
            && !voters.Contains(p.GiverMemberId)
            && !disqualified.Contains(p.GiverMemberId)
        );
        var seats = roster.VotingSeatsIn(body);
        return new VotingCount(voters.Count, proxyVotes, seats, rules.VotesRequired(seats), body);
    }

    /// <summary>
    /// A member who attends after all no longer needs a substitute: those still to answer are no longer asked.
    /// </summary>
    private void ReleaseSubstitutes(string memberId)
    {
        if (AcceptedSubstituteFor(memberId) is { } accepted)
        {
            throw new InvalidStateException(
                Reasons.SubstitutePresentInPlace(accepted.SubstituteName),
                SeatTakenBy(accepted)
            );
        }

        foreach (
            var asked in SubstituteRequests.Where(r =>
                r.AbsentMemberId == memberId && r.Status == SubstituteRequestStatus.Asked
            )
        )
        {
            asked.Status = SubstituteRequestStatus.Cancelled;
            Raise(
                new SubstituteReleasedDomainEvent(asked, AttendanceOf(memberId)?.Name ?? memberId, HadAccepted: false)
            );
        }
    }

    private SubstituteRequest? AcceptedSubstituteFor(string memberId) =>
        SubstituteRequests.FirstOrDefault(r =>
            r.AbsentMemberId == memberId && r.Status == SubstituteRequestStatus.Accepted
        );

    private string SeatTakenBy(SubstituteRequest accepted)
    {
        var member = AttendanceOf(accepted.AbsentMemberId)?.Name ?? accepted.AbsentMemberId;
        return $"{accepted.SubstituteName} has accepted to meet in {member}'s place and holds the notice; ask the secretariat to change the absence.";
    }

    private SubstituteRequest? AskNextSubstitute(ArenaRoster roster, string absentMemberId)
    {
        var asked = SubstituteRequests
            .Where(r => r.AbsentMemberId == absentMemberId && r.Status != SubstituteRequestStatus.Cancelled)
            .Select(r => r.SubstituteMemberId)
            .ToHashSet();
        var busy = Attendances.Where(a => a.Status != AttendanceStatus.Absent).Select(a => a.MemberId).ToHashSet();
        var next = roster
            .SubstitutesFor(absentMemberId)
            .FirstOrDefault(s => !asked.Contains(s.MemberId) && !busy.Contains(s.MemberId));
        if (next is null)
            return null;

        var request = new SubstituteRequest
        {
            Id = Guid.CreateVersion7(),
            MeetingId = Id,
            AbsentMemberId = absentMemberId,
            SubstituteMemberId = next.MemberId,
            SubstituteName = next.Name,
            SubstituteEmail = next.Email,
            Rank = next.SubstituteRank,
        };
        SubstituteRequests.Add(request);
        Raise(new SubstituteAskedDomainEvent(request, AttendanceOf(absentMemberId)!.Name));
        return request;
    }
}

/// <summary>The count of votes (telle antall stemmeberettigede) and whether the arena's quorum is met.</summary>
public sealed record VotingCount(
    int PresentWithVote,
    int ProxyVotes,
    int VotingSeats,
    int VotesRequired,
    VotingBody Body
)
{
    public int Votes => PresentWithVote + ProxyVotes;
    public bool QuorumMet => Votes >= VotesRequired;
}

/// <summary>
/// The request answered, and the substitute asked next when it was declined (null when nobody is left).
/// </summary>
public sealed record SubstituteAnswer(SubstituteRequest Answered, SubstituteRequest? NextAsked);

/// <summary>
/// A member's reported absence: what keeps them from withdrawing it (<see cref="WhyItStays"/> null when nothing does),
/// and the substitutes asked in their place, in rank order.
/// </summary>
public sealed record MemberAbsence(
    Attendance Absence,
    AbsenceLock Lock,
    string? WhyItStays,
    IReadOnlyList<SubstituteRequest> SubstituteRequests
);
