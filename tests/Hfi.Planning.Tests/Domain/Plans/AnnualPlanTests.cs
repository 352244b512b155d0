using Hfi.Contracts;
using Hfi.Planning.Domain.Plans;
using Hfi.ServiceDefaults.Domain;
using static Hfi.Planning.Tests.Domain.Plans.PlanFixtures;

namespace Hfi.Planning.Tests.Domain.Plans;

public sealed class AnnualPlanTests
{
    private static readonly string[] Rows =
    [
        "Strategisk samarbeidsutvalg\t\tTorsdag\t13.feb.25\t10:00-14:00\tBrumunddal\tBudsjett (B)",
        "Dialogmøte\tHamar\t\taug/sept\t2 timer\tBrumunddal\tFri dialog",
    ];

    private static AnnualPlan Imported()
    {
        var plan = AnnualPlan.Create(2025);
        plan.Import(Read(Rows), null, Stamp);
        return plan;
    }

    private static AnnualPlan Approved()
    {
        var plan = Imported();
        plan.Approve("sak 33/24", plan.Version, Stamp);
        return plan;
    }

    private static PlannedMeeting Hamar(AnnualPlan plan) => plan.Meetings.Single(m => m.ArenaId == "dialogmote-hamar");

    [Theory]
    [InlineData(0)]
    [InlineData(1999)]
    [InlineData(2101)]
    public void A_plan_year_is_a_sensible_year(int year) =>
        Assert.Equal(
            "year",
            Assert.Single(Assert.Throws<ValidationFailedException>(() => AnnualPlan.Create(year)).Errors).Field
        );

    [Fact]
    public void Importing_the_same_rows_again_adds_nothing_and_keeps_the_version()
    {
        var plan = Imported();
        var again = plan.Import(Read(Rows), null, Stamp);

        Assert.Empty(again);
        Assert.Equal(2, plan.Meetings.Count);
        Assert.Equal(2, plan.Version);
        Assert.Empty(Published(plan));
        Assert.Empty(plan.Revisions);
    }

    [Fact]
    public void A_draft_announces_nothing_until_approved_then_every_meeting_once()
    {
        var plan = Imported();
        Assert.Empty(Published(plan));

        plan.Approve(" sak 33/24 ", plan.Version, Stamp);

        Assert.Equal((PlanStatus.Approved, "sak 33/24", 3), (plan.Status, plan.ApprovalCase, plan.Version));
        Assert.Equal(2, Published(plan).OfType<MeetingScheduled>().Count());
        var approved = Assert.Single(Published(plan).OfType<PlanApproved>());
        Assert.Equal((2025, "sak 33/24", 2), (approved.Year, approved.ApprovalCase, approved.MeetingCount));
        Assert.All(plan.Meetings, m => Assert.NotNull(m.AnnouncedAt));
    }

    [Fact]
    public void Approval_needs_a_case_the_current_version_and_a_plan_not_already_approved()
    {
        var plan = Imported();

        Assert.Equal(
            "approval_case",
            Assert
                .Single(Assert.Throws<ValidationFailedException>(() => plan.Approve(" ", plan.Version, Stamp)).Errors)
                .Field
        );
        Assert.Throws<ConflictException>(() => plan.Approve("sak 33/24", plan.Version - 1, Stamp));
        plan.Approve("sak 33/24", plan.Version, Stamp);
        Assert.Throws<InvalidStateException>(() => plan.Approve("sak 34/24", plan.Version, Stamp));
    }

    [Fact]
    public void Narrowing_a_window_after_approval_keeps_history_adds_a_revision_and_publishes_the_move()
    {
        var plan = Approved();
        var hamar = Hamar(plan);

        plan.Reschedule(
            hamar.Id,
            plan.Version,
            MeetingEdit.Read("28.aug.25", "12:00-14:00", null, 2025),
            "Avtalt",
            Stamp
        );

        Assert.Equal(
            (DateKind.Exact, new DateOnly(2025, 8, 28), PlannedMeetingStatus.Scheduled),
            (hamar.Date.Kind, hamar.Date.First!.Value, hamar.Status)
        );
        Assert.Equal("Brumunddal", hamar.Place);
        var change = Assert.Single(hamar.History);
        Assert.Equal(
            ("aug/sept", "2 timer", "28.aug.25", "12:00-14:00"),
            (change.Before.Date.Text, change.Before.Time.Text, change.After.Date.Text, change.After.Time.Text)
        );
        Assert.Equal(PlanStatus.Revised, plan.Status);
        Assert.Equal((1, plan.Version), (Assert.Single(plan.Revisions).Number, plan.Revisions[0].PlanVersion));
        var moved = Assert.Single(Published(plan).OfType<MeetingRescheduled>());
        Assert.Equal(
            ("aug/sept", false, "28.aug.25", true),
            (moved.Previous.DateText, moved.Previous.IsExactDate, moved.Current.DateText, moved.Current.IsExactDate)
        );
        Assert.Equal(("12:00", "14:00", "Avtalt"), (moved.Current.StartTime, moved.Current.EndTime, moved.Reason));
    }

    [Fact]
    public void A_change_to_a_draft_is_kept_in_history_but_neither_revised_nor_published()
    {
        var plan = Imported();
        var hamar = Hamar(plan);

        plan.Reschedule(hamar.Id, plan.Version, MeetingEdit.Read("uke 35", null, "Teams", 2025), null, Stamp);

        Assert.Equal((PlaceKind.Digital, "Teams", "2 timer"), (hamar.PlaceKind, hamar.Place, hamar.Time.Text));
        Assert.Single(hamar.History);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Empty(plan.Revisions);
        Assert.Empty(Published(plan));
    }

    [Fact]
    public void A_cancelled_meeting_is_published_once_and_cannot_be_moved_or_cancelled_again()
    {
        var plan = Approved();
        var hamar = Hamar(plan);

        plan.Cancel(hamar.Id, plan.Version, "Slått sammen", Stamp);

        Assert.Equal(PlannedMeetingStatus.Cancelled, hamar.Status);
        Assert.Equal("aug/sept", Assert.Single(Published(plan).OfType<MeetingCancelled>()).Schedule.DateText);
        Assert.Throws<InvalidStateException>(() => plan.Cancel(hamar.Id, plan.Version, null, Stamp));
        Assert.Throws<InvalidStateException>(() =>
            plan.Reschedule(hamar.Id, plan.Version, MeetingEdit.Read("1.sep.25", null, null, 2025), null, Stamp)
        );
        Assert.Throws<NotFoundException>(() => plan.Cancel(Guid.NewGuid(), plan.Version, null, Stamp));
    }

    [Fact]
    public void A_meeting_imported_into_an_approved_plan_is_announced_as_a_revision()
    {
        var plan = Approved();

        var created = plan.Import(Read([.. Rows, "Arbeidsutvalget\t\t\tuke 40\t1 time\tTeams\t"]), plan.Version, Stamp);

        Assert.Equal("arbeidsutvalget", Assert.Single(created).ArenaId);
        Assert.Equal(created[0].Id, Published(plan).OfType<MeetingScheduled>().Last().PlannedMeetingId);
        Assert.Equal(PlanStatus.Revised, plan.Status);
        Assert.Single(plan.Revisions);
    }

    [Fact]
    public void Approving_a_revised_plan_again_does_not_announce_meetings_twice()
    {
        var plan = Approved();
        plan.Reschedule(Hamar(plan).Id, plan.Version, MeetingEdit.Read("28.aug.25", null, null, 2025), null, Stamp);
        var announcedBefore = Published(plan).OfType<MeetingScheduled>().Count();

        plan.Approve("sak 12/25", plan.Version, Stamp);

        Assert.Equal(announcedBefore, Published(plan).OfType<MeetingScheduled>().Count());
        Assert.Equal(2, Published(plan).OfType<PlanApproved>().Count());
        Assert.Equal((PlanStatus.Approved, "sak 12/25"), (plan.Status, plan.ApprovalCase));
    }

    [Fact]
    public void An_edit_that_cannot_be_read_is_refused_naming_each_field()
    {
        var error = Assert.Throws<ValidationFailedException>(() =>
            MeetingEdit.Read("snart", "12:00-12:00", null, 2025)
        );

        Assert.Equal(["date_text", "time_text"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Re_importing_the_table_after_a_meeting_was_moved_neither_duplicates_it_nor_revises_the_plan()
    {
        var plan = Approved();
        plan.Reschedule(Hamar(plan).Id, plan.Version, MeetingEdit.Read("28.aug.25", null, null, 2025), null, Stamp);
        var version = plan.Version;

        var created = plan.Import(Read(Rows), plan.Version, Stamp);

        Assert.Empty(created);
        Assert.Equal(2, plan.Meetings.Count);
        Assert.Equal("28.aug.25", Hamar(plan).Date.Text);
        Assert.Equal((version, 1), (plan.Version, plan.Revisions.Count));
    }

    [Fact]
    public void Only_a_meeting_with_a_fixed_day_can_be_marked_held_and_then_no_longer_moved()
    {
        var plan = Approved();
        var ssu = plan.Meetings.Single(m => m.ArenaId == "ssu");

        Assert.Throws<InvalidStateException>(() => plan.MarkHeld(Hamar(plan).Id, plan.Version, Stamp));
        plan.MarkHeld(ssu.Id, plan.Version, Stamp);

        Assert.Equal(PlannedMeetingStatus.Held, ssu.Status);
        Assert.Equal(MeetingChangeKind.Held, Assert.Single(ssu.History).Kind);
        Assert.Throws<InvalidStateException>(() =>
            plan.Reschedule(ssu.Id, plan.Version, MeetingEdit.Read("14.feb.25", null, null, 2025), null, Stamp)
        );
    }
}
