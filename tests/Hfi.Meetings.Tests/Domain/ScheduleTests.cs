using Hfi.Contracts;
using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Meetings.Tests.Domain;

public sealed class ScheduleTests
{
    [Fact]
    public void The_seed_agenda_is_timed_from_the_start_by_the_durations_and_ends_about_17_40()
    {
        var schedule = AgendaSchedule.For(SeedAgenda.Build(), Viewer.Municipal);

        var times = schedule.Items.Select(s =>
            $"{s.Item.CaseNumber ?? s.Item.Kind.ToString()} {NorwegianText.Time(s.StartsAt)}-{NorwegianText.Time(s.EndsAt)}"
        );

        Assert.Equal(
            [
                "Presentation 16:15-16:35",
                "01.24 16:35-16:37",
                "02.24 16:37-16:40",
                "03.24 16:40-16:50",
                "04.24 16:50-17:20",
                "05.24 17:20-17:30",
                "06.24 17:30-17:35",
                "07.24 17:35-17:38",
                "AnyOtherBusiness 17:38-17:40",
                "08.24 17:40-17:55",
            ],
            times
        );
        Assert.Equal("17:40", NorwegianText.Time(schedule.EstimatedEnd));
        Assert.Null(schedule.Warning);
    }

    [Fact]
    public void Those_outside_the_audience_get_the_same_times_without_the_restricted_item()
    {
        var meeting = SeedAgenda.Build();

        var all = AgendaSchedule.For(meeting, Viewer.AllMembers);
        var municipal = AgendaSchedule.For(meeting, Viewer.Municipal);

        Assert.DoesNotContain(all.Items, s => s.Item.Audience == Audiences.MunicipalRepresentatives);
        Assert.Equal(municipal.Items.Take(9), all.Items);
        Assert.Equal(municipal.EstimatedEnd, all.EstimatedEnd);
    }

    [Fact]
    public void A_withdrawn_item_takes_no_time_and_an_agenda_past_the_planned_end_is_warned_about()
    {
        var meeting = SeedAgenda.Build();
        meeting.WithdrawItem(meeting.Item("05.24").Id);
        var strategy = meeting.Item("04.24");
        meeting.UpdateItem(strategy.Id, strategy.Content with { DurationMinutes = 65 });

        var schedule = AgendaSchedule.For(meeting, Viewer.Everyone);

        Assert.DoesNotContain(schedule.Items, s => s.Item.CaseNumber == "05.24");
        Assert.Equal("05.24", schedule.Withdrawn.Single().CaseNumber);
        Assert.Equal("18:05", NorwegianText.Time(schedule.EstimatedEnd));
        Assert.Equal("Sakslisten går 20 min over planlagt slutt kl. 18:00.", schedule.Warning);
    }
}
