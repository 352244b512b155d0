using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Meetings.Domain;

/// <summary>An agenda item with its computed times.</summary>
public sealed record ScheduledItem(AgendaItem Item, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

/// <summary>
/// The agenda a viewer sees, timed from the meeting's start by the items' durations (a presentation's minutes
/// for questions included). Computed from the visible items only, so a restricted item leaves no gap; restricted
/// items follow Eventuelt, so the common part's times are the same for every viewer.
/// </summary>
public sealed record AgendaSchedule(
    IReadOnlyList<ScheduledItem> Items,
    IReadOnlyList<AgendaItem> Withdrawn,
    DateTimeOffset EstimatedEnd,
    DateTimeOffset LastEnd,
    DateTimeOffset PlannedEnd
)
{
    public static AgendaSchedule For(Meeting meeting, Viewer viewer)
    {
        var visible = viewer.Visible(meeting.OrderedItems).ToList();
        var scheduled = new List<ScheduledItem>();
        var clock = meeting.StartsAt;
        foreach (var item in visible.Where(i => !i.Withdrawn))
        {
            var end = clock.AddMinutes(item.TotalMinutes);
            scheduled.Add(new ScheduledItem(item, clock, end));
            clock = end;
        }

        // "Slutt ca. kl. 17:40" is the end of the part for all members; a restricted part follows it.
        var common = scheduled.LastOrDefault(s => !s.Item.IsRestricted) ?? scheduled.LastOrDefault();
        return new AgendaSchedule(
            scheduled,
            visible.Where(i => i.Withdrawn).ToList(),
            common?.EndsAt ?? meeting.StartsAt,
            clock,
            meeting.EndsAt
        );
    }

    public bool RunsOver => LastEnd > PlannedEnd;

    /// <summary>
    /// Norwegian, for the secretariat's screen: "Sakslisten går 15 min over planlagt slutt kl. 17:30."
    /// </summary>
    public string? Warning =>
        RunsOver
            ? $"Sakslisten går {NorwegianText.Minutes((int)(LastEnd - PlannedEnd).TotalMinutes)} over planlagt slutt {NorwegianText.Clock(PlannedEnd)}."
            : null;
}
