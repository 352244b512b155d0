using Hfi.Contracts;
using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Tests.Domain;

/// <summary>
/// What a meeting raises for others to be told; the translator only turns these into integration events.
/// </summary>
public sealed class DomainEventTests
{
    private readonly ArenaRoster _roster = Members.Roster();
    private readonly Meeting _meeting = SeedAgenda.Build();

    [Fact]
    public void An_absence_asks_the_first_substitute_and_a_decline_asks_the_next()
    {
        _meeting.IssueNotice();
        _meeting.ClearDomainEvents();

        var first = _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, null)!;
        var second = _meeting.AnswerSubstituteRequest(_roster, first.Id, accept: false).NextAsked!;

        Assert.Equal(
            [(first.Id, "Kari Hamar"), (second.Id, "Kari Hamar")],
            _meeting.DomainEvents.OfType<SubstituteAskedDomainEvent>().Select(e => (e.Request.Id, e.AbsentMemberName))
        );
    }

    [Fact]
    public void A_substitute_who_accepts_is_summoned_to_the_notice_of_their_audience()
    {
        _meeting.IssueNotice();
        var request = _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, null)!;

        _meeting.AnswerSubstituteRequest(_roster, request.Id, accept: true);

        var summoned = _meeting.DomainEvents.OfType<SubstituteSummonedDomainEvent>().Single();
        Assert.Equal(
            (Members.HamarVara1.MemberId, "Kari Hamar", Audiences.MunicipalRepresentatives),
            (summoned.Substitute.MemberId, summoned.StandsInForName, summoned.NoticeAudience)
        );
    }

    [Fact]
    public void Withdrawing_an_absence_releases_the_substitute_still_to_answer()
    {
        _meeting.IssueNotice();
        var request = _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, null)!;
        _meeting.ClearDomainEvents();

        _meeting.WithdrawAbsence(Members.Hamar.MemberId, SeedAgenda.StartsAt.AddDays(-1));

        var released = Assert.Single(_meeting.DomainEvents.OfType<SubstituteReleasedDomainEvent>());
        Assert.Equal(
            (request.Id, "Kari Hamar", false),
            (released.Request.Id, released.AbsentMemberName, released.HadAccepted)
        );
    }

    [Fact]
    public void The_secretariat_cancelling_an_absence_releases_the_substitute_who_had_accepted()
    {
        _meeting.IssueNotice();
        var request = _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, null)!;
        _meeting.AnswerSubstituteRequest(_roster, request.Id, accept: true);
        _meeting.ClearDomainEvents();

        _meeting.CancelAbsence(Members.Hamar.MemberId);

        var released = Assert.Single(_meeting.DomainEvents.OfType<SubstituteReleasedDomainEvent>());
        Assert.Equal((request.Id, true), (released.Request.Id, released.HadAccepted));
    }

    [Fact]
    public void A_partial_absence_releases_those_asked_for_the_whole_meeting()
    {
        _meeting.IssueNotice();
        _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, null);
        _meeting.ClearDomainEvents();

        _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, null, absentFrom: "16:30");

        Assert.Single(_meeting.DomainEvents.OfType<SubstituteReleasedDomainEvent>());
        Assert.Empty(_meeting.DomainEvents.OfType<SubstituteAskedDomainEvent>());
    }

    [Fact]
    public void A_meeting_tells_the_plan_only_when_it_realises_a_planned_meeting()
    {
        var planned = Guid.CreateVersion7();
        var linked = SeedAgenda.Build(plannedMeetingId: planned.ToString());

        Assert.Equal(
            [new MeetingArrangedDomainEvent(planned)],
            linked.DomainEvents.OfType<MeetingArrangedDomainEvent>()
        );
        Assert.Empty(_meeting.DomainEvents.OfType<MeetingArrangedDomainEvent>());
    }

    [Fact]
    public void The_cases_are_told_once_per_unit_of_work()
    {
        Assert.Single(_meeting.DomainEvents.OfType<CasesChangedDomainEvent>());
        _meeting.ClearDomainEvents();

        _meeting.IssueNotice();

        Assert.Equal([typeof(NoticeIssuedDomainEvent)], _meeting.DomainEvents.Select(e => e.GetType()));
    }
}
