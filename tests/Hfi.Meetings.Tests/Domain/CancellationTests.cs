using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Tests.Domain;

/// <summary>
/// Cancelling (avlyse) a meeting: only before it is held, with a reason, and nothing happens to it afterwards.
/// </summary>
public sealed class CancellationTests
{
    private static readonly DateTimeOffset Now = SeedAgenda.StartsAt.AddDays(-3);
    private readonly ArenaRoster _roster = Members.Roster();

    [Fact]
    public void A_noticed_meeting_is_cancelled_with_its_reason_and_the_plan_and_those_summoned_are_to_be_told()
    {
        var planned = Guid.CreateVersion7();
        var meeting = SeedAgenda.Build(plannedMeetingId: planned.ToString());
        meeting.IssueNotice();
        meeting.ClearDomainEvents();

        meeting.Cancel("  For få påmeldte.  ", Now);

        Assert.Equal(
            (MeetingStatus.Cancelled, "For få påmeldte.", Now),
            (meeting.Status, meeting.CancelReason, meeting.CancelledAt)
        );
        Assert.Equal(
            [new MeetingCancelledDomainEvent(planned, "For få påmeldte.", Now, NoticeIssued: true)],
            meeting.DomainEvents
        );
    }

    [Fact]
    public void A_draft_outside_the_plan_is_cancelled_with_nobody_to_tell_of_a_notice()
    {
        var meeting = SeedAgenda.Build();
        meeting.ClearDomainEvents();

        meeting.Cancel("Slått sammen med neste møte.", Now);

        Assert.Equal(
            [new MeetingCancelledDomainEvent(null, "Slått sammen med neste møte.", Now, NoticeIssued: false)],
            meeting.DomainEvents
        );
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_cancellation_needs_a_reason(string? reason)
    {
        var meeting = SeedAgenda.Noticed();

        var error = Assert.Throws<ValidationFailedException>(() => meeting.Cancel(reason, Now));

        Assert.Equal(("reason", Reasons.CancelReasonMissing), (error.Errors.Single().Field, error.Reason));
        Assert.Equal(MeetingStatus.NoticeIssued, meeting.Status);
    }

    [Fact]
    public void A_meeting_once_held_or_minuted_cannot_be_cancelled()
    {
        var held = SeedAgenda.Noticed();
        held.MarkHeld(SeedAgenda.StartsAt);
        var minuted = SeedAgenda.Noticed();
        minuted.MarkHeld(SeedAgenda.StartsAt);
        minuted.DraftMinutes(_roster);

        Assert.Equal(
            Reasons.MeetingCannotBeCancelled,
            Assert.Throws<InvalidStateException>(() => held.Cancel("Feil", Now)).Reason
        );
        Assert.Equal(
            Reasons.MeetingCannotBeCancelled,
            Assert.Throws<InvalidStateException>(() => minuted.Cancel("Feil", Now)).Reason
        );
    }

    [Fact]
    public void A_cancelled_meeting_refuses_agenda_edits_notices_attendance_decisions_and_a_second_cancellation()
    {
        var meeting = SeedAgenda.Noticed();
        var numbers = CaseNumberSequence.Start(SeedAgenda.ArenaId, 2024);
        var someCase = meeting.Item("04.24");
        meeting.Cancel("Avlyst på grunn av uvær.", Now);
        var rules = ArenaRules.Default(SeedAgenda.ArenaId);

        Action[] refused =
        [
            () =>
                meeting.AddItem(
                    new AgendaItemContent
                    {
                        Kind = AgendaItemKind.Case,
                        Title = "Ny sak",
                        DurationMinutes = 10,
                    },
                    numbers
                ),
            () => meeting.UpdateItem(someCase.Id, someCase.Content),
            () => meeting.WithdrawItem(someCase.Id),
            () => meeting.IssueNotice(),
            () => meeting.ReportAbsence(_roster, Members.Hamar.MemberId, null),
            () => meeting.RecordAttendance(_roster, Members.Hamar.MemberId, present: true, SeedAgenda.StartsAt),
            () => meeting.MarkHeld(SeedAgenda.StartsAt),
            () =>
                meeting.RecordDecision(
                    _roster,
                    rules,
                    someCase.Id,
                    new DecisionInput { Source = AdoptedTextSource.Proposal, Unanimous = true },
                    SeedAgenda.StartsAt
                ),
            () => meeting.Cancel("En gang til", Now),
        ];

        Assert.All(
            refused,
            action => Assert.Equal(Reasons.MeetingIsCancelled, Assert.Throws<InvalidStateException>(action).Reason)
        );
        Assert.Contains("avlyst", Reasons.MeetingIsCancelled.Text);
    }
}
