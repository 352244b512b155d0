using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Tests.Domain;

/// <summary>
/// Absence from part of the seed meeting (16:15–18:00): 03.24 runs 16:40–16:50, 04.24 16:50–17:20, 08.24 17:40–17:55.
/// </summary>
public sealed class PartialAbsenceTests
{
    private readonly ArenaRoster _roster = Members.Roster();
    private readonly ArenaRules _rules = ArenaRules.Default(SeedAgenda.ArenaId);
    private readonly Meeting _meeting = SeedAgenda.Noticed();

    [Fact]
    public void A_member_who_leaves_counts_on_the_cases_before_and_not_on_those_after()
    {
        var asked = _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, "Må gå tidlig", absentFrom: "17:00");
        Present(Members.Hamar, Members.Gjovik);

        var before = _meeting.CountVotes(_roster, _rules, _meeting.Item("03.24").Id);
        var during = _meeting.CountVotes(_roster, _rules, _meeting.Item("04.24").Id);
        var after = _meeting.CountVotes(_roster, _rules, _meeting.Item("08.24").Id);

        Assert.Null(asked);
        Assert.Equal((2, 1, 1), (before.PresentWithVote, during.PresentWithVote, after.PresentWithVote));
        var hamar = _meeting.AttendanceOf(Members.Hamar.MemberId)!;
        Assert.Equal((AttendanceStatus.Present, "fra kl. 17:00"), (hamar.Status, hamar.PartialAbsence!.Describe()));
    }

    [Fact]
    public void A_member_who_arrives_late_is_expected_and_counts_only_from_the_case_after_their_arrival()
    {
        _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, null, absentUntil: "16:45");
        var expected = _meeting.AttendanceOf(Members.Hamar.MemberId)!.Status;
        Present(Members.Hamar);

        Assert.Equal(AttendanceStatus.Summoned, expected);
        Assert.Equal(0, _meeting.CountVotes(_roster, _rules, _meeting.Item("03.24").Id).PresentWithVote);
        Assert.Equal(1, _meeting.CountVotes(_roster, _rules, _meeting.Item("04.24").Id).PresentWithVote);
        Assert.Equal("til kl. 16:45", _meeting.AttendanceOf(Members.Hamar.MemberId)!.PartialAbsence!.Describe());
    }

    [Fact]
    public void A_decision_is_refused_on_a_case_the_absence_leaves_without_a_quorum()
    {
        Present(Members.Hamar, Members.Gjovik, Members.Hospital1);
        _meeting.ReportAbsence(_roster, Members.Gjovik.MemberId, null, absentFrom: "16:55", absentUntil: "17:10");
        _meeting.MarkHeld(SeedAgenda.StartsAt);

        _meeting.Decide(
            _roster,
            _rules,
            _meeting.Item("03.24").Id,
            new DecisionInput { Source = AdoptedTextSource.Proposal, Unanimous = true }
        );
        var error = Assert.Throws<InvalidStateException>(() =>
            _meeting.Decide(
                _roster,
                _rules,
                _meeting.Item("04.24").Id,
                new DecisionInput { Source = AdoptedTextSource.Proposal, Unanimous = true }
            )
        );

        Assert.Contains("not quorate on Sak 04.24", error.Message);
        Assert.Equal("kl. 16:55–17:10", _meeting.AttendanceOf(Members.Gjovik.MemberId)!.PartialAbsence!.Describe());
    }

    [Theory]
    [InlineData("16:00", null, "absent_from", "not during the meeting (16:15–18:00)")]
    [InlineData(null, "18:30", "absent_until", "not during the meeting")]
    [InlineData("halv fire", null, "absent_from", "not a time of day")]
    [InlineData("17:00", "16:30", "absent_until", "must end after it starts (17:00)")]
    public void Times_outside_the_meeting_or_in_the_wrong_order_are_refused_naming_the_field(
        string? from,
        string? until,
        string field,
        string message
    )
    {
        var error = Assert.Throws<ValidationFailedException>(() =>
            _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, null, from, until)
        );

        Assert.Equal(field, error.Errors.Single().Field);
        Assert.Contains(message, error.Message);
        Assert.Null(_meeting.AttendanceOf(Members.Hamar.MemberId));
    }

    [Fact]
    public void A_whole_absence_changed_to_a_partial_one_stops_asking_substitutes()
    {
        var request = _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, null)!;

        _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, null, absentFrom: "17:30");

        Assert.Equal(SubstituteRequestStatus.Cancelled, request.Status);
        Assert.Equal(AttendanceStatus.Summoned, _meeting.AttendanceOf(Members.Hamar.MemberId)!.Status);
        var answer = Assert.Throws<InvalidStateException>(() =>
            _meeting.AnswerSubstituteRequest(_roster, request.Id, accept: true)
        );
        Assert.Contains("attends after all", answer.Message);
    }

    private void Present(params MemberInfo[] members) => _meeting.Present(_roster, members);
}
