using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Meetings.Tests.Domain;

public sealed class LifecycleTests
{
    [Fact]
    public void A_meeting_moves_from_draft_to_approved_minutes_in_order()
    {
        var meeting = SeedAgenda.Build();

        meeting.IssueNotice();
        meeting.MarkHeld(SeedAgenda.StartsAt);
        meeting.DraftMinutes(Members.Roster());
        meeting.ApproveMinutes();

        Assert.Equal(MeetingStatus.MinutesApproved, meeting.Status);
    }

    [Fact]
    public void A_step_out_of_order_is_refused_naming_the_state_and_the_next_step()
    {
        var meeting = SeedAgenda.Build();

        var error = Assert.Throws<InvalidStateException>(() => meeting.DraftMinutes(Members.Roster()));

        Assert.Equal(MeetingStatus.Draft, meeting.Status);
        Assert.Contains("it is 'draft'", error.Message);
        Assert.Contains("the next step is to issue the notice", error.Message);
    }

    [Fact]
    public void Nothing_follows_approved_minutes_and_the_agenda_is_frozen_once_held()
    {
        var meeting = SeedAgenda.Build();
        meeting.IssueNotice();
        meeting.MarkHeld(SeedAgenda.StartsAt);

        var edit = Assert.Throws<InvalidStateException>(() =>
            meeting.AddItem(SeedAgenda.Presentation, CaseNumberSequence.Start(SeedAgenda.ArenaId, 2024))
        );
        meeting.DraftMinutes(Members.Roster());
        meeting.ApproveMinutes();
        var after = Assert.Throws<InvalidStateException>(() => meeting.MarkHeld(SeedAgenda.StartsAt));

        Assert.Contains("while the meeting is 'held'", edit.Message);
        Assert.Contains("no further step is possible", after.Message);
    }

    [Fact]
    public void The_meeting_is_not_held_nor_attendance_recorded_before_its_day_but_from_its_morning()
    {
        var meeting = SeedAgenda.Noticed();
        var roster = Members.Roster();
        var dayBefore = OsloTime.At(new DateOnly(2024, 10, 23), new TimeOnly(23, 59));
        var morning = OsloTime.At(new DateOnly(2024, 10, 24), new TimeOnly(8, 0));

        var held = Assert.Throws<InvalidStateException>(() => meeting.MarkHeld(dayBefore));
        var attendance = Assert.Throws<InvalidStateException>(() =>
            meeting.RecordAttendance(roster, Members.Hamar.MemberId, true, dayBefore)
        );
        meeting.RecordAttendance(roster, Members.Hamar.MemberId, true, morning);
        meeting.MarkHeld(morning);

        Assert.Contains("before the meeting's day: it is held on 24.10.2024", held.Message);
        Assert.Contains("Cannot record attendance before the meeting's day", attendance.Message);
        Assert.Equal(MeetingStatus.Held, meeting.Status);
    }

    [Fact]
    public void The_notice_is_reissued_as_a_new_version_only_after_a_change()
    {
        var meeting = SeedAgenda.Build();
        Assert.Equal(1, meeting.IssueNotice());

        Assert.Throws<InvalidStateException>(() => meeting.IssueNotice());
        var item = meeting.Item("03.24");
        meeting.UpdateItem(item.Id, item.Content with { DurationMinutes = 15 });

        Assert.Equal(2, meeting.IssueNotice());
    }

    [Fact]
    public void Moving_the_meeting_after_the_notice_tells_all_members_and_cannot_leave_its_year()
    {
        var meeting = SeedAgenda.Build();
        meeting.IssueNotice();
        var details = new MeetingDetails
        {
            Title = meeting.Title,
            StartsAt = meeting.StartsAt.AddHours(1),
            EndsAt = meeting.EndsAt.AddHours(1),
            Place = "Gjøvik",
        };

        meeting.UpdateDetails(details);
        var otherYear = Assert.Throws<ValidationFailedException>(() =>
            meeting.UpdateDetails(
                details with
                {
                    StartsAt = meeting.StartsAt.AddYears(1),
                    EndsAt = meeting.EndsAt.AddYears(1),
                }
            )
        );

        var change = meeting.Changes.Single();
        Assert.Equal("Møtet er flyttet til 24.10.2024 kl. 17:15–19:00. Nytt møtested: Gjøvik.", change.Summary);
        Assert.Equal(Audiences.AllMembers, change.Audience);
        Assert.Equal("starts_at", otherYear.Errors.Single().Field);
        Assert.Equal("17:15", NorwegianText.Time(AgendaSchedule.For(meeting, Viewer.AllMembers).Items[0].StartsAt));
    }
}
