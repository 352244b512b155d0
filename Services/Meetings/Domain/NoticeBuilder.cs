using Hfi.Contracts;

namespace Hfi.Meetings.Domain;

/// <summary>Writes the notice (innkalling) one audience receives: only the items, texts and attachments it may see.</summary>
public static class NoticeBuilder
{
    public static MeetingNoticeIssued Build(Meeting meeting, string arenaName, string audience, DateTimeOffset issuedAt)
    {
        var schedule = AgendaSchedule.For(meeting, Viewer.ForAudience(audience));
        return new MeetingNoticeIssued
        {
            MeetingId = meeting.Id,
            ArenaId = meeting.ArenaId,
            ArenaName = arenaName,
            NoticeVersion = meeting.NoticeVersion,
            Audience = audience,
            Title = meeting.Title,
            StartsAt = meeting.StartsAt,
            PlannedEndsAt = meeting.EndsAt,
            EstimatedEnd = OsloTime.Clock(schedule.EstimatedEnd),
            Place = meeting.Place,
            Chair = meeting.Chair,
            Secretary = meeting.Secretary,
            Items = schedule.Items.Select(ToNoticeItem).ToList(),
            IssuedAt = issuedAt,
        };
    }

    public static NoticeItem ToNoticeItem(ScheduledItem scheduled)
    {
        var item = scheduled.Item;
        return new NoticeItem
        {
            Kind = AgendaWireNames.Of(item.Kind),
            CaseNumber = item.CaseNumber,
            Title = item.Title,
            CaseType = item.CaseType is { } type ? AgendaWireNames.Of(type) : null,
            DurationMinutes = item.DurationMinutes,
            QuestionMinutes = item.QuestionMinutes,
            StartsAt = OsloTime.Clock(scheduled.StartsAt),
            EndsAt = OsloTime.Clock(scheduled.EndsAt),
            Presenter = item.Presenter,
            Background = item.Background,
            ProposedResolution = item.ProposedResolution,
            ResolutionPoints = item.ResolutionPoints,
            Alternatives = item.Alternatives
                .Select((text, index) => new ResolutionAlternative { Label = AgendaItem.AlternativeLabel(index + 1), Text = text })
                .ToList(),
            Audience = item.Audience,
            Attachments = item.Attachments
                .Select(a => new NoticeAttachment { AttachmentId = a.DocumentId, Title = a.Title, Audience = item.Audience })
                .ToList(),
        };
    }
}
