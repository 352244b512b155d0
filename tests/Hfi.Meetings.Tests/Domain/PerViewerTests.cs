using Hfi.Contracts;
using Hfi.Meetings.Domain;
using Hfi.Meetings.Events;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Tests.Domain;

/// <summary>
/// The seed meeting (16:15–18:00) with 08.24 lengthened to 90 minutes: the whole agenda ends 19:10, the part all
/// members see at 17:40. Nothing a hospital member is told may depend on the 90 minutes.
/// </summary>
public sealed class PerViewerTests
{
    private readonly ArenaRoster _roster = Members.Roster();
    private readonly Meeting _meeting = LongMunicipalCase();

    [Theory]
    [InlineData("19:00")]
    [InlineData("18:05")]
    public void A_hospital_member_is_told_the_meeting_they_see_ends_at_the_planned_end(string from)
    {
        var error = Assert.Throws<ValidationFailedException>(() =>
            _meeting.ReportAbsence(_roster, Members.Hospital1.MemberId, null, absentFrom: from)
        );

        Assert.Contains($"{from} is not during the meeting (16:15–18:00)", error.Message);
    }

    [Fact]
    public void A_municipal_member_may_be_away_during_the_long_case_and_others_see_no_time_past_their_end()
    {
        _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, null, absentFrom: "18:30");
        _meeting.ReportAbsence(_roster, Members.Gjovik.MemberId, null, absentUntil: "18:30");
        _meeting.ReportAbsence(_roster, Members.Elverum.MemberId, null, absentFrom: "17:00", absentUntil: "18:30");
        var hamar = _meeting.AttendanceOf(Members.Hamar.MemberId)!;
        var gjovik = _meeting.AttendanceOf(Members.Gjovik.MemberId)!;
        var elverum = _meeting.AttendanceOf(Members.Elverum.MemberId)!;

        Assert.Equal((AttendanceStatus.Summoned, null), _meeting.AttendanceSeenBy(hamar, Viewer.AllMembers));
        Assert.Equal(AttendanceStatus.Absent, _meeting.AttendanceSeenBy(gjovik, Viewer.AllMembers).Status);
        Assert.Equal("fra kl. 17:00", _meeting.AttendanceSeenBy(elverum, Viewer.AllMembers).Absence!.Describe());
        Assert.Equal("fra kl. 18:30", _meeting.AttendanceSeenBy(hamar, Viewer.Municipal).Absence!.Describe());
        Assert.Equal("kl. 17:00–18:30", _meeting.AttendanceSeenBy(elverum, Viewer.Municipal).Absence!.Describe());
    }

    [Fact]
    public void The_minutes_for_all_members_show_no_absence_time_past_the_end_they_see()
    {
        _meeting.Present(_roster, Members.Hamar);
        _meeting.ReportAbsence(_roster, Members.Hamar.MemberId, null, absentFrom: "18:30");
        _meeting.MarkHeld(SeedAgenda.StartsAt);
        _meeting.DraftMinutes(_roster);

        var all = MinutesBuilder.Build(_meeting, "P", Audiences.AllMembers, SeedAgenda.StartsAt);
        var municipal = MinutesBuilder.Build(_meeting, "P", Audiences.MunicipalRepresentatives, SeedAgenda.StartsAt);

        Assert.Null(all.Attendees.Single(a => a.Name == Members.Hamar.Name).PartlyAbsent);
        Assert.Equal("fra kl. 18:30", municipal.Attendees.Single(a => a.Name == Members.Hamar.Name).PartlyAbsent);
        Assert.DoesNotContain("18:30", System.Text.Json.JsonSerializer.Serialize(all));
    }

    private static Meeting LongMunicipalCase()
    {
        var meeting = SeedAgenda.Build();
        var budget = meeting.Item("08.24");
        meeting.UpdateItem(budget.Id, budget.Content with { DurationMinutes = 90 });
        meeting.IssueNotice();
        return meeting;
    }
}
