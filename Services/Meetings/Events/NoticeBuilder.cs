using Hfi.Contracts;
using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Meetings.Events;

/// <summary>
/// Writes the notice (innkalling) one audience receives: only the items, texts and attachments it may see.
/// </summary>
public static class NoticeBuilder
{
    private static class Json
    {
        private static readonly System.Text.Json.JsonSerializerOptions Options = new(
            System.Text.Json.JsonSerializerDefaults.Web
        );

        public static string Serialize(MeetingNoticeIssued notice) =>
            System.Text.Json.JsonSerializer.Serialize(notice, Options);
    }

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
            EstimatedEnd = NorwegianText.Time(schedule.EstimatedEnd),
            Place = meeting.Place,
            Chair = meeting.Chair,
            Secretary = meeting.Secretary,
            Items = schedule.Items.Select(ToNoticeItem).ToList(),
            IssuedAt = issuedAt,
        };
    }

    /// <summary>
    /// Numbers notices per audience: a reissue that changes nothing an audience can see is not sent to it at all
    /// (null), so a change to a restricted item leaves no trace, not even a new version, for those outside it.
    /// </summary>
    public static MeetingNoticeIssued? NextVersion(MeetingNoticeIssued? previous, MeetingNoticeIssued built)
    {
        if (previous is not null && Json.Serialize(Comparable(previous)) == Json.Serialize(Comparable(built)))
            return null;
        return built with { NoticeVersion = (previous?.NoticeVersion ?? 0) + 1 };
    }

    /// <summary>
    /// The notice <paramref name="audience"/> would get if it were issued at <paramref name="now"/>: the next version,
    /// or the one they have when nothing they can see has changed.
    /// </summary>
    public static MeetingNoticeIssued Preview(
        Meeting meeting,
        MeetingNoticeIssued? previous,
        string arenaName,
        string audience,
        DateTimeOffset now
    ) => NextVersion(previous, Build(meeting, arenaName, audience, now)) ?? previous!;

    private static MeetingNoticeIssued Comparable(MeetingNoticeIssued notice) =>
        notice with
        {
            NoticeVersion = 0,
            IssuedAt = default,
        };

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
            StartsAt = NorwegianText.Time(scheduled.StartsAt),
            EndsAt = NorwegianText.Time(scheduled.EndsAt),
            Presenter = item.Presenter,
            Background = item.Background,
            ProposedResolution = item.ProposedResolution,
            ResolutionPoints = item.ResolutionPoints,
            Alternatives = item
                .Alternatives.Select(
                    (text, index) =>
                        new ResolutionAlternative { Label = AgendaItem.AlternativeLabel(index + 1), Text = text }
                )
                .ToList(),
            Audience = item.Audience,
            Attachments = item
                .Attachments.Select(a => new NoticeAttachment
                {
                    AttachmentId = a.DocumentId,
                    Title = a.Title,
                    Audience = item.Audience,
                })
                .ToList(),
        };
    }
}
