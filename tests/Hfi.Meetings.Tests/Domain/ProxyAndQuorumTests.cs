using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Tests.Domain;

public sealed class ProxyAndQuorumTests
{
    private readonly ArenaRoster _roster = Members.Roster();
    private readonly ArenaRules _rules = ArenaRules.Default(SeedAgenda.ArenaId);
    private readonly Meeting _meeting = SeedAgenda.Noticed();

    [Fact]
    public void A_proxy_goes_to_a_member_present_and_counts_as_a_vote()
    {
        Present(Members.Hamar, Members.Hospital1);

        _meeting.GiveProxy(_roster, _rules, Members.Gjovik.MemberId, Members.Hamar.MemberId);
        var count = _meeting.CountVotes(_roster, _rules);

        Assert.Equal((2, 1, 5, 3), (count.PresentWithVote, count.ProxyVotes, count.VotingSeats, count.VotesRequired));
        Assert.True(count.QuorumMet);
    }

    [Fact]
    public void A_proxy_across_partner_kinds_is_refused()
    {
        Present(Members.Hospital1);

        var error = Assert.Throws<ValidationFailedException>(() =>
            _meeting.GiveProxy(_roster, _rules, Members.Gjovik.MemberId, Members.Hospital1.MemberId)
        );

        Assert.Equal("holder_member_id", error.Errors.Single().Field);
        Assert.Contains("same partner kind", error.Message);
        Assert.Empty(_meeting.Proxies);
    }

    [Fact]
    public void A_second_proxy_to_the_same_holder_is_refused_unless_the_arena_allows_more()
    {
        Present(Members.Hamar);
        _meeting.GiveProxy(_roster, _rules, Members.Gjovik.MemberId, Members.Hamar.MemberId);

        var error = Assert.Throws<ValidationFailedException>(() =>
            _meeting.GiveProxy(_roster, _rules, Members.Elverum.MemberId, Members.Hamar.MemberId)
        );
        _rules.Change(quorumPercent: 50, maxProxiesPerHolder: 2);
        _meeting.GiveProxy(_roster, _rules, Members.Elverum.MemberId, Members.Hamar.MemberId);

        Assert.Contains("at most 1 per member", error.Message);
        Assert.Equal(2, _meeting.CountVotes(_roster, _rules).ProxyVotes);
    }

    [Fact]
    public void A_holder_must_be_present_and_a_giver_gives_only_once()
    {
        Present(Members.Hamar, Members.Elverum);

        var absentHolder = Assert.Throws<ValidationFailedException>(() =>
            _meeting.GiveProxy(_roster, _rules, Members.Elverum.MemberId, Members.Gjovik.MemberId)
        );
        _meeting.GiveProxy(_roster, _rules, Members.Gjovik.MemberId, Members.Hamar.MemberId);
        var twice = Assert.Throws<ValidationFailedException>(() =>
            _meeting.GiveProxy(_roster, _rules, Members.Gjovik.MemberId, Members.Elverum.MemberId)
        );
        var presentGiver = Assert.Throws<ValidationFailedException>(() =>
            _meeting.GiveProxy(_roster, _rules, Members.Elverum.MemberId, Members.Hamar.MemberId)
        );

        Assert.Contains("must be present", absentHolder.Message);
        Assert.Contains("already given a proxy to Kari Hamar", twice.Message);
        Assert.Contains("votes in person", presentGiver.Message);
    }

    [Fact]
    public void Without_enough_votes_there_is_no_quorum_and_a_holder_who_leaves_takes_the_proxy_vote_along()
    {
        Present(Members.Hamar, Members.Hospital1);
        _meeting.GiveProxy(_roster, _rules, Members.Gjovik.MemberId, Members.Hamar.MemberId);

        _meeting.RecordAttendance(_roster, Members.Hamar.MemberId, present: false, SeedAgenda.StartsAt);
        var count = _meeting.CountVotes(_roster, _rules);

        Assert.Equal(1, count.Votes);
        Assert.False(count.QuorumMet);
    }

    [Fact]
    public void A_disqualified_member_is_not_counted_on_that_case_nor_is_the_proxy_they_hold()
    {
        Present(Members.Hamar, Members.Elverum, Members.Hospital1);
        _meeting.GiveProxy(_roster, _rules, Members.Gjovik.MemberId, Members.Hamar.MemberId);
        var strategy = _meeting.Item("04.24");

        _meeting.RecordConflictOfInterest(_roster, strategy.Id, Members.Hamar.MemberId, "Styreleder i selskapet");

        Assert.Equal(4, _meeting.CountVotes(_roster, _rules).Votes);
        Assert.Equal(2, _meeting.CountVotes(_roster, _rules, strategy.Id).Votes);
        Assert.Equal(["Kari Hamar"], _meeting.DisqualifiedOn(strategy.Id));
    }

    [Fact]
    public void The_quorum_rule_is_per_arena()
    {
        Present(Members.Hamar, Members.Gjovik);

        var half = _meeting.CountVotes(_roster, _rules);
        _rules.Change(quorumPercent: 30, maxProxiesPerHolder: 1);
        var third = _meeting.CountVotes(_roster, _rules);

        Assert.False(half.QuorumMet);
        Assert.True(third.QuorumMet);
        Assert.Throws<ValidationFailedException>(() => _rules.Change(0, 1));
    }

    [Fact]
    public void A_decision_is_refused_when_the_meeting_is_not_quorate_on_the_case()
    {
        Present(Members.Hamar, Members.Gjovik, Members.Hospital1);
        var annualReport = _meeting.Item("03.24").Id;
        _meeting.RecordConflictOfInterest(_roster, annualReport, Members.Gjovik.MemberId, "Styremedlem");
        _meeting.MarkHeld(SeedAgenda.StartsAt);

        var error = Assert.Throws<InvalidStateException>(() =>
            _meeting.Decide(
                _roster,
                _rules,
                annualReport,
                new DecisionInput { Source = AdoptedTextSource.Proposal, Unanimous = true }
            )
        );
        var quorate = _meeting.Decide(
            _roster,
            _rules,
            _meeting.Item("01.24").Id,
            new DecisionInput { Source = AdoptedTextSource.Proposal, Unanimous = true }
        );

        Assert.Contains("not quorate on Sak 03.24", error.Message);
        Assert.Contains("2 vote(s) present", error.Message);
        Assert.Contains("5 voting seats requires 3", error.Message);
        Assert.Null(_meeting.Item("03.24").Decision);
        Assert.Equal("Innkalling og saksliste godkjennes.", quorate.AdoptedText);
    }

    [Fact]
    public void A_case_for_municipal_representatives_only_is_decided_by_them_alone_counting_only_their_seats()
    {
        Present(Members.Hamar, Members.Gjovik, Members.Elverum, Members.Hospital1, Members.Hospital2);
        var budget = _meeting.Item("08.24");

        var whole = _meeting.CountVotes(_roster, _rules);
        var municipal = _meeting.CountVotes(_roster, _rules, budget.Id);
        _meeting.MarkHeld(SeedAgenda.StartsAt);
        var decision = _meeting.Decide(
            _roster,
            _rules,
            budget.Id,
            new DecisionInput { Source = AdoptedTextSource.Proposal, Unanimous = true }
        );

        Assert.Equal(
            (5, 5, 3, VotingBody.WholeMeeting),
            (whole.Votes, whole.VotingSeats, whole.VotesRequired, whole.Body)
        );
        Assert.Equal(
            (3, 3, 2, VotingBody.MunicipalRepresentatives),
            (municipal.Votes, municipal.VotingSeats, municipal.VotesRequired, municipal.Body)
        );
        Assert.Equal(
            (3, 3, "Kommunenes representanter"),
            (decision.VotesEntitled, decision.VotingSeats, decision.Body().Name)
        );
    }

    [Fact]
    public void On_a_municipal_case_the_quorum_is_of_municipal_seats_and_hospital_votes_and_proxies_do_not_make_it()
    {
        Present(Members.Hamar, Members.Hospital1, Members.Hospital2);
        var budget = _meeting.Item("08.24");
        _meeting.MarkHeld(SeedAgenda.StartsAt);

        var error = Assert.Throws<InvalidStateException>(() =>
            _meeting.Decide(
                _roster,
                _rules,
                budget.Id,
                new DecisionInput { Source = AdoptedTextSource.Proposal, Unanimous = true }
            )
        );
        _meeting.Decide(
            _roster,
            _rules,
            _meeting.Item("01.24").Id,
            new DecisionInput { Source = AdoptedTextSource.Proposal, Unanimous = true }
        );

        Assert.Contains("1 vote(s) present", error.Message);
        Assert.Contains("3 voting seats of the municipal representatives", error.Message);
    }

    private void Present(params MemberInfo[] members) => _meeting.Present(_roster, members);
}
