using System.Text;
using Hfi.Contracts;
using Hfi.Notifications.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Notifications.Wording;

/// <summary>Notices that an announced meeting of the annual plan was moved or cancelled, in Norwegian.</summary>
public static class ScheduleText
{
    public static NoticeText For(MeetingRescheduled change)
    {
        var body = new StringBuilder();
        body.AppendLine($"Møtet i {change.ArenaName} er flyttet.");
        body.AppendLine();
        body.AppendLine($"Nytt tidspunkt: {When(change.Current)}");
        body.AppendLine($"Sted: {Where(change.Current)}");
        body.AppendLine($"Tidligere: {When(change.Previous)}");
        AppendReason(body, change.Reason);
        return new NoticeText($"Endret tidspunkt: {change.ArenaName}, {When(change.Current)}", body.ToString());
    }

    public static NoticeText For(MeetingCancelled cancellation)
    {
        var body = new StringBuilder();
        body.AppendLine($"Møtet i {cancellation.ArenaName} {When(cancellation.Schedule)} er avlyst.");
        AppendReason(body, cancellation.Reason);
        return new NoticeText($"Avlyst: {cancellation.ArenaName}, {When(cancellation.Schedule)}", body.ToString());
    }

    /// <summary>
    /// The day the meeting's members are taken from: its first possible day, or today when the plan does not know.
    /// </summary>
    public static DateTimeOffset MembersOn(PlannedMeetingSchedule schedule, DateTimeOffset now) =>
        schedule.FirstDate is { } day ? new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero) : now;

    /// <summary>
    /// "torsdag 13. februar 2025 kl. 10:00–14:00", or the plan's own words when the day is not exact ("aug/sept").
    /// </summary>
    public static string When(PlannedMeetingSchedule schedule)
    {
        var day =
            schedule.IsExactDate && schedule.FirstDate is { } first && schedule.LastDate is { } last
                ? NorwegianText.Days(first, last)
                : schedule.DateText;
        return schedule.StartTime is { Length: > 0 } start
            ? $"{day} kl. {(schedule.EndTime is { Length: > 0 } end ? NorwegianText.Range(start, end) : start)}"
            : day;
    }

    private static string Where(PlannedMeetingSchedule schedule) =>
        schedule.IsDigital ? "digitalt"
        : string.IsNullOrWhiteSpace(schedule.Place) ? "kommer"
        : schedule.Place;

    private static void AppendReason(StringBuilder body, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return;
        body.AppendLine();
        body.AppendLine($"Årsak: {reason}");
    }
}
