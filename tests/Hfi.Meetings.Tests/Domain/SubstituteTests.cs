using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Tests.Domain;

public sealed class SubstituteTests
{
    private readonly ArenaRoster _roster = Members.Roster();
    private readonly Meeting _meeting = SeedAgenda.Build();

    [Fact]
    public void Absence_asks_the_substitutes_in_rank_order_and_the_one_who_accepts_is_summoned()
    {
        _meeting.IssueNotice();

        var first = _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, "Forfall hele møtet");
        var second = _meeting.AnswerSubstituteRequest(_roster, first!.Id, accept: false).NextAsked;
        var accepted = _meeting.AnswerSubstituteRequest(_roster, second!.Id, accept: true).Answered;

        Assert.Equal(Members.HamarVara1.MemberId, first.SubstituteMemberId);
        Assert.Equal(Members.HamarVara2.MemberId, second.SubstituteMemberId);
        Assert.Equal(SubstituteRequestStatus.Accepted, accepted!.Status);
        var summoned = _meeting.AttendanceOf(Members.HamarVara2.MemberId)!;
        Assert.Equal(
            (AttendanceStatus.Summoned, "hamar", true),
            (summoned.Status, summoned.SubstituteForMemberId, summoned.HasVotingRight)
        );
        Assert.Equal(AttendanceStatus.Absent, _meeting.AttendanceOf("hamar")!.Status);
    }

    [Fact]
    public void A_substitute_present_votes_in_the_members_place_and_the_member_cannot_also_give_a_proxy()
    {
        _meeting.IssueNotice();
        var request = _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, null)!;
        _meeting.AnswerSubstituteRequest(_roster, request.Id, accept: true);
        _meeting.RecordAttendance(_roster, Members.HamarVara1.MemberId, present: true, SeedAgenda.StartsAt);
        _meeting.RecordAttendance(_roster, Members.Gjovik.MemberId, present: true, SeedAgenda.StartsAt);

        var rules = ArenaRules.Default(SeedAgenda.ArenaId);
        var error = Assert.Throws<ValidationFailedException>(() =>
            _meeting.GiveProxy(_roster, rules, "hamar", "gjovik")
        );

        Assert.Equal(2, _meeting.CountVotes(_roster, rules).PresentWithVote);
        Assert.Contains("represented by a substitute", error.Message);
    }

    [Fact]
    public void Only_the_substitute_asked_or_the_secretariat_answers_a_request()
    {
        _meeting.IssueNotice();
        var request = _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, null)!;

        var error = Assert.Throws<PermissionDeniedException>(() =>
            _meeting.AnswerSubstituteRequest(
                _roster,
                request.Id,
                accept: true,
                answeringMemberId: Members.HamarVara2.MemberId
            )
        );
        _meeting.AnswerSubstituteRequest(
            _roster,
            request.Id,
            accept: true,
            answeringMemberId: Members.HamarVara1.MemberId
        );

        Assert.Equal(Reasons.SubstituteRequestForSomeoneElse, error.Reason);
        Assert.Equal(SubstituteRequestStatus.Accepted, request.Status);
    }

    [Fact]
    public void When_every_substitute_declines_nobody_more_is_asked()
    {
        _meeting.IssueNotice();
        var first = _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, null)!;
        var second = _meeting.AnswerSubstituteRequest(_roster, first.Id, accept: false).NextAsked!;

        Assert.Null(_meeting.AnswerSubstituteRequest(_roster, second.Id, accept: false).NextAsked);
        Assert.Throws<InvalidStateException>(() => _meeting.AnswerSubstituteRequest(_roster, second.Id, accept: true));
    }

    [Fact]
    public void A_member_sees_their_absence_with_the_substitutes_asked_and_why_it_can_no_longer_be_withdrawn()
    {
        _meeting.IssueNotice();
        var beforeStart = SeedAgenda.StartsAt.AddDays(-1);
        var first = _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, "Forfall hele møtet")!;
        var declined = _meeting.AnswerSubstituteRequest(_roster, first.Id, accept: false);

        var open = _meeting.AbsenceOf(Members.Hamar.MemberId, beforeStart)!;
        var accepted = _meeting.AnswerSubstituteRequest(_roster, declined.NextAsked!.Id, accept: true);
        var seatTaken = _meeting.AbsenceOf(Members.Hamar.MemberId, beforeStart)!;
        var started = _meeting.AbsenceOf(Members.Hamar.MemberId, SeedAgenda.StartsAt)!;

        Assert.Equal((AbsenceLock.None, null), (open.Lock, open.WhyItStays));
        Assert.Equal([first.Id, declined.NextAsked.Id], open.SubstituteRequests.Select(r => r.Id));
        Assert.Equal((declined.NextAsked, null), (accepted.Answered, accepted.NextAsked));
        Assert.Equal(AbsenceLock.SubstituteAccepted, seatTaken.Lock);
        Assert.Equal(AbsenceLock.MeetingStarted, started.Lock);
        Assert.Contains("The meeting started at 16:15", started.WhyItStays);
        Assert.Null(_meeting.AbsenceOf(Members.Gjovik.MemberId, beforeStart));
    }

    [Fact]
    public void A_withdrawn_absence_lets_the_proxy_lapse_but_not_once_a_substitute_has_accepted()
    {
        _meeting.IssueNotice();
        var beforeStart = SeedAgenda.StartsAt.AddDays(-1);
        _meeting.ReportAbsence(_roster, Members.Gjovik.MemberId, null);
        _meeting.RecordAttendance(_roster, Members.Hamar.MemberId, present: true, SeedAgenda.StartsAt);
        _meeting.GiveProxy(
            _roster,
            ArenaRules.Default(SeedAgenda.ArenaId),
            Members.Gjovik.MemberId,
            Members.Hamar.MemberId
        );
        var request = _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, null)!;
        _meeting.AnswerSubstituteRequest(_roster, request.Id, accept: true);

        _meeting.WithdrawAbsence(Members.Gjovik.MemberId, beforeStart);
        var seatTaken = Assert.Throws<InvalidStateException>(() =>
            _meeting.WithdrawAbsence(Members.Hamar.MemberId, beforeStart)
        );
        var started = Assert.Throws<InvalidStateException>(() =>
            _meeting.WithdrawAbsence(Members.Hamar.MemberId, SeedAgenda.StartsAt)
        );

        Assert.Empty(_meeting.Proxies);
        Assert.Null(_meeting.AttendanceOf(Members.Gjovik.MemberId));
        Assert.Contains("Første Vara has accepted to meet in Kari Hamar's place", seatTaken.Message);
        Assert.Contains("The meeting started at 16:15", started.Message);
        Assert.Throws<NotFoundException>(() => _meeting.WithdrawAbsence(Members.Gjovik.MemberId, beforeStart));
    }

    [Fact]
    public void The_secretariat_withdraws_an_absence_on_the_day_and_releases_the_substitute_unless_they_came()
    {
        _meeting.IssueNotice();
        var request = _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, null)!;
        _meeting.AnswerSubstituteRequest(_roster, request.Id, accept: true);
        _meeting.MarkHeld(SeedAgenda.StartsAt);
        _meeting.RecordAttendance(_roster, Members.HamarVara1.MemberId, present: true, SeedAgenda.StartsAt);

        var came = Assert.Throws<InvalidStateException>(() => _meeting.CancelAbsence(Members.Hamar.MemberId));
        _meeting.RecordAttendance(_roster, Members.HamarVara1.MemberId, present: false, SeedAgenda.StartsAt);
        _meeting.CancelAbsence(Members.Hamar.MemberId);
        _meeting.RecordAttendance(_roster, Members.Hamar.MemberId, present: true, SeedAgenda.StartsAt);

        Assert.Contains("Første Vara is registered present in Kari Hamar's place", came.Message);
        Assert.Equal(SubstituteRequestStatus.Cancelled, request.Status);
        Assert.Null(_meeting.AttendanceOf(Members.HamarVara1.MemberId));
        Assert.Equal(1, _meeting.CountVotes(_roster, ArenaRules.Default(SeedAgenda.ArenaId)).PresentWithVote);
    }

    [Fact]
    public void A_caller_is_the_member_with_their_email_or_their_member_id_and_a_seat_holder_before_a_substitute()
    {
        var both = Members.Hamar with { Email = "kari@hamar.kommune.no" };
        var alsoSubstitute = Members.HamarVara1 with
        {
            MemberId = "kari-vara",
            Email = "kari@hamar.kommune.no",
            SubstituteForMemberId = "gjovik",
        };
        var withEmails = new ArenaRoster([alsoSubstitute, both, Members.Gjovik]);

        Assert.Equal("hamar", withEmails.FindCaller("kommune-hamar", "KARI@hamar.kommune.no")?.MemberId);
        Assert.Equal("gjovik", withEmails.FindCaller("gjovik", null)?.MemberId);
        Assert.Null(withEmails.FindCaller("kommune-hamar", "ola@hamar.kommune.no"));
    }

    [Fact]
    public void Absence_is_reported_only_once_the_notice_is_out()
    {
        Assert.Throws<InvalidStateException>(() => _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, null));
    }
}
