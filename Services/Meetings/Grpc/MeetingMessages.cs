using Google.Protobuf.WellKnownTypes;
using Hfi.Contracts;
using Hfi.Meetings.Api;
using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;
using Domain = Hfi.Meetings.Domain;

namespace Hfi.Meetings.Grpc;

/// <summary>Domain to API messages. Agenda content reaches a message only through a <see cref="Viewer"/>.</summary>
internal static class MeetingMessages
{
    /// <summary>
    /// The meeting with the agenda and notice versions of the viewer's audience (a restricted change bumps only the
    /// restricted audience's), <paramref name="noticeVersion"/> being the latest notice that audience received. The
    /// agenda only when <paramref name="withAgenda"/>.
    /// </summary>
    public static Api.Meeting ToMessage(
        Domain.Meeting meeting,
        Viewer viewer,
        int noticeVersion,
        bool withAgenda = false
    ) =>
        new()
        {
            MeetingId = meeting.Id.ToString(),
            ArenaId = meeting.ArenaId,
            Title = meeting.Title,
            StartsAt = Timestamp.FromDateTimeOffset(meeting.StartsAt),
            EndsAt = Timestamp.FromDateTimeOffset(meeting.EndsAt),
            Place = meeting.Place ?? "",
            Status = (Api.MeetingStatus)meeting.Status,
            Chair = meeting.Chair ?? "",
            Secretary = meeting.Secretary ?? "",
            PlannedMeetingId = meeting.PlannedMeetingId ?? "",
            AgendaVersion = meeting.AgendaVersionFor(viewer.NoticeAudience),
            NoticeVersion = noticeVersion,
            Agenda = withAgenda ? ToAgenda(meeting, viewer) : null,
            CancelReason = meeting.CancelReason ?? "",
            CancelledAt = meeting.CancelledAt is { } cancelledAt ? Timestamp.FromDateTimeOffset(cancelledAt) : null,
        };

    public static Agenda ToAgenda(Domain.Meeting meeting, Viewer viewer)
    {
        var schedule = AgendaSchedule.For(meeting, viewer);
        return new Agenda
        {
            MeetingId = meeting.Id.ToString(),
            AgendaVersion = meeting.AgendaVersionFor(viewer.NoticeAudience),
            Items = { schedule.Items.Select(s => ToMessage(meeting, s.Item, s)) },
            WithdrawnItems = { schedule.Withdrawn.Select(i => ToMessage(meeting, i, null)) },
            EstimatedEnd = NorwegianText.Time(schedule.EstimatedEnd),
            PlannedEnd = NorwegianText.Time(schedule.PlannedEnd),
            Warning = schedule.Warning ?? "",
        };
    }

    /// <summary>One item, timed when it is on the agenda. Callers pass only items their viewer may see.</summary>
    public static Api.AgendaItem ToMessage(Domain.Meeting meeting, Domain.AgendaItem item, ScheduledItem? scheduled)
    {
        var message = new Api.AgendaItem
        {
            ItemId = item.Id.ToString(),
            Kind = (Api.AgendaItemKind)item.Kind,
            CaseNumber = item.CaseNumber ?? "",
            Title = item.Title,
            DurationMinutes = item.DurationMinutes,
            QuestionMinutes = item.QuestionMinutes,
            CaseType = (Api.CaseType)(item.CaseType ?? 0),
            Presenter = item.Presenter ?? "",
            Background = item.Background ?? "",
            ProposedResolution = item.ProposedResolution ?? "",
            ResolutionPoints = { item.ResolutionPoints },
            Alternatives =
            {
                item.Alternatives.Select(
                    (text, index) =>
                        new Api.ResolutionAlternative
                        {
                            Label = Domain.AgendaItem.AlternativeLabel(index + 1),
                            Text = text,
                        }
                ),
            },
            Audience = item.Audience,
            Attachments =
            {
                item.Attachments.Select(a => new Attachment { DocumentId = a.DocumentId.ToString(), Title = a.Title }),
            },
            Withdrawn = item.Withdrawn,
            Decision = item.Decision is null ? null : ToMessage(item.Decision, meeting.DisqualifiedOn(item.Id)),
            DisqualifiedMembers =
            {
                meeting
                    .Conflicts.Where(c => c.AgendaItemId == item.Id)
                    .OrderBy(c => c.Name, StringComparer.Ordinal)
                    .Select(c => new Api.DisqualifiedMember { MemberId = c.MemberId, Name = c.Name }),
            },
        };
        if (scheduled is not null)
        {
            message.StartTime = NorwegianText.Time(scheduled.StartsAt);
            message.EndTime = NorwegianText.Time(scheduled.EndsAt);
            message.StartsAt = Timestamp.FromDateTimeOffset(scheduled.StartsAt);
            message.EndsAt = Timestamp.FromDateTimeOffset(scheduled.EndsAt);
        }
        return message;
    }

    public static Api.Decision ToMessage(Domain.Decision decision, IEnumerable<string> disqualified) =>
        new()
        {
            Source = (Api.AdoptedTextSource)decision.Source,
            AlternativeNumber = decision.AlternativeNumber ?? 0,
            AdoptedText = decision.AdoptedText,
            Unanimous = decision.Unanimous,
            VotesFor = decision.VotesFor ?? 0,
            VotesAgainst = decision.VotesAgainst ?? 0,
            VotesBlank = decision.VotesBlank ?? 0,
            VotesEntitled = decision.VotesEntitled ?? 0,
            Disqualified = { disqualified },
            VotingBody = decision.Body().Audience,
            DecidedBy = decision.Body().Name ?? "",
            VotingSeats = decision.VotingSeats ?? 0,
            Amendment = decision.Amendment ?? "",
        };

    public static MeetingDetails ToDetails(CreateMeetingRequest request) =>
        new()
        {
            ArenaId = request.ArenaId,
            Title = request.Title,
            StartsAt = request.StartsAt?.ToDateTimeOffset(),
            EndsAt = request.EndsAt?.ToDateTimeOffset(),
            Place = request.Place,
            Chair = request.Chair,
            Secretary = request.Secretary,
            PlannedMeetingId = request.PlannedMeetingId,
        };

    public static MeetingDetails ToDetails(UpdateMeetingRequest request) =>
        new()
        {
            Title = request.Title,
            StartsAt = request.StartsAt?.ToDateTimeOffset(),
            EndsAt = request.EndsAt?.ToDateTimeOffset(),
            Place = request.Place,
            Chair = request.Chair,
            Secretary = request.Secretary,
        };

    public static MinutesProceedings ToProceedings(
        string actualStart,
        string actualEnd,
        IDictionary<string, string> itemNotes,
        IDictionary<string, string>? decisionWording = null
    ) =>
        new()
        {
            ActualStart = actualStart,
            ActualEnd = actualEnd,
            ItemNotes = itemNotes.ToDictionary(),
            DecisionWording = decisionWording?.ToDictionary() ?? [],
        };

    public static AgendaItemContent ToContent(AgendaItemInput? input) =>
        input is null
            ? new AgendaItemContent()
            : new()
            {
                Kind = (Domain.AgendaItemKind)input.Kind,
                Title = input.Title,
                DurationMinutes = input.DurationMinutes,
                QuestionMinutes = input.QuestionMinutes,
                CaseType = input.CaseType == Api.CaseType.Unspecified ? null : (Domain.CaseType)input.CaseType,
                Presenter = input.Presenter,
                Background = input.Background,
                ProposedResolution = input.ProposedResolution,
                ResolutionPoints = [.. input.ResolutionPoints],
                Alternatives = [.. input.Alternatives],
                Audience = string.IsNullOrWhiteSpace(input.Audience) ? Audiences.AllMembers : input.Audience.Trim(),
                Attachments =
                [
                    .. input.Attachments.Select(a => new AttachmentReference(
                        Guid.TryParse(a.DocumentId, out var id) ? id : Guid.Empty,
                        a.Title ?? ""
                    )),
                ],
            };

    public static Notice ToMessage(MeetingNoticeIssued notice) =>
        new()
        {
            MeetingId = notice.MeetingId.ToString(),
            NoticeVersion = notice.NoticeVersion,
            Audience = notice.Audience,
            IssuedAt = Timestamp.FromDateTimeOffset(notice.IssuedAt),
            EstimatedEnd = notice.EstimatedEnd,
            Items = { notice.Items.Select(ToMessage) },
        };

    private static Api.AgendaItem ToMessage(NoticeItem item) =>
        new()
        {
            Kind = item.Kind switch
            {
                "presentation" => Api.AgendaItemKind.Presentation,
                "case" => Api.AgendaItemKind.Case,
                "any-other-business" => Api.AgendaItemKind.AnyOtherBusiness,
                "break" => Api.AgendaItemKind.Break,
                _ => Api.AgendaItemKind.Unspecified,
            },
            CaseNumber = item.CaseNumber ?? "",
            Title = item.Title,
            CaseType = item.CaseType switch
            {
                "orientering" => Api.CaseType.Orientering,
                "drøfting" => Api.CaseType.Drofting,
                "beslutning" => Api.CaseType.Beslutning,
                _ => Api.CaseType.Unspecified,
            },
            DurationMinutes = item.DurationMinutes,
            QuestionMinutes = item.QuestionMinutes,
            StartTime = item.StartsAt,
            EndTime = item.EndsAt,
            Presenter = item.Presenter ?? "",
            Background = item.Background ?? "",
            ProposedResolution = item.ProposedResolution ?? "",
            ResolutionPoints = { item.ResolutionPoints },
            Alternatives =
            {
                item.Alternatives.Select(a => new Api.ResolutionAlternative { Label = a.Label, Text = a.Text }),
            },
            Audience = item.Audience,
            Attachments =
            {
                item.Attachments.Select(a => new Attachment
                {
                    DocumentId = a.AttachmentId.ToString(),
                    Title = a.Title,
                }),
            },
        };

    public static Minutes ToMessage(MinutesApproved minutes, Domain.MeetingStatus status) =>
        new()
        {
            MeetingId = minutes.MeetingId.ToString(),
            Status = (Api.MeetingStatus)status,
            Audience = minutes.Audience,
            PlannedStart = NorwegianText.Time(minutes.StartsAt),
            PlannedEnd = NorwegianText.Time(minutes.EndsAt),
            ActualStart = minutes.ActualStartsAt is { } start ? NorwegianText.Time(start) : "",
            ActualEnd = minutes.ActualEndsAt is { } end ? NorwegianText.Time(end) : "",
            Presentations = { minutes.Presentations.Select(ToMessage) },
            AnyOtherBusiness = { minutes.AnyOtherBusiness.Select(ToMessage) },
            Attendees =
            {
                minutes.Attendees.Select(a => new Api.MinutesAttendee
                {
                    Name = a.Name,
                    PartnerName = a.PartnerName ?? "",
                    Attendance = a.Attendance,
                    SubstituteFor = a.SubstituteFor ?? "",
                    ProxyHolder = a.ProxyHolder ?? "",
                    HasVotingRight = a.HasVotingRight,
                    PartlyAbsent = a.PartlyAbsent ?? "",
                }),
            },
            Decisions =
            {
                minutes.Decisions.Select(d => new Api.MinutesDecision
                {
                    CaseNumber = d.CaseNumber,
                    Title = d.Title,
                    Audience = d.Audience,
                    Decision = new Api.Decision
                    {
                        Source = AdoptedTextSourceNames.Parse(d.Source) is { } source
                            ? (Api.AdoptedTextSource)source
                            : Api.AdoptedTextSource.Unspecified,
                        AlternativeNumber = d.AlternativeNumber ?? 0,
                        AdoptedText = d.AdoptedText,
                        Unanimous = d.Unanimous,
                        VotesFor = d.VotesFor ?? 0,
                        VotesAgainst = d.VotesAgainst ?? 0,
                        VotesBlank = d.VotesBlank ?? 0,
                        Disqualified = { d.Disqualified },
                        VotesEntitled = d.VotesEntitled ?? 0,
                        VotingBody = d.Audience,
                        DecidedBy = d.DecidedBy ?? "",
                        VotingSeats = d.VotingSeats ?? 0,
                        Amendment = d.Amendment ?? "",
                        ProposedText = d.ProposedText ?? "",
                    },
                }),
            },
        };

    private static Api.MinutesNote ToMessage(Hfi.Contracts.MinutesNote note) =>
        new()
        {
            ItemId = note.ItemId.ToString(),
            Title = note.Title,
            Presenter = note.Presenter ?? "",
            Topic = note.Topic ?? "",
            Notes = note.Notes ?? "",
        };

    /// <summary>
    /// An attendance as <paramref name="viewer"/> may see it (<see cref="Domain.Meeting.AttendanceSeenBy"/>).
    /// </summary>
    public static Api.Attendance ToMessage(Domain.Meeting meeting, Domain.Attendance attendance, Viewer viewer)
    {
        var (status, absence) = meeting.AttendanceSeenBy(attendance, viewer);
        var message = ToMessage(attendance);
        message.Status = (Api.AttendanceStatus)status;
        message.AbsentFrom = absence?.From is { } from ? NorwegianText.Time(from) : "";
        message.AbsentUntil = absence?.Until is { } until ? NorwegianText.Time(until) : "";
        return message;
    }

    public static Api.Attendance ToMessage(Domain.Attendance attendance) =>
        new()
        {
            MemberId = attendance.MemberId,
            Name = attendance.Name,
            PartnerName = attendance.PartnerName ?? "",
            PartnerKind = attendance.PartnerKind ?? "",
            HasVotingRight = attendance.HasVotingRight,
            SubstituteForMemberId = attendance.SubstituteForMemberId ?? "",
            Status = (Api.AttendanceStatus)attendance.Status,
            AbsenceNote = attendance.AbsenceNote ?? "",
            AbsentFrom = attendance.AbsentFrom is { } from ? NorwegianText.Time(from) : "",
            AbsentUntil = attendance.AbsentUntil is { } until ? NorwegianText.Time(until) : "",
        };

    private static Api.Attendance WithoutNote(Api.Attendance attendance)
    {
        attendance.AbsenceNote = "";
        return attendance;
    }

    public static Api.Proxy ToMessage(Domain.Proxy proxy) =>
        new()
        {
            GiverMemberId = proxy.GiverMemberId,
            GiverName = proxy.GiverName,
            HolderMemberId = proxy.HolderMemberId,
            HolderName = proxy.HolderName,
        };

    public static Api.SubstituteRequest ToMessage(Domain.SubstituteRequest request) =>
        new()
        {
            RequestId = request.Id.ToString(),
            AbsentMemberId = request.AbsentMemberId,
            SubstituteMemberId = request.SubstituteMemberId,
            SubstituteName = request.SubstituteName,
            Rank = request.Rank,
            Status = (Api.SubstituteRequestStatus)request.Status,
        };

    /// <summary>
    /// The overview as <paramref name="viewer"/> may see it, with every absence note: for the secretariat.
    /// </summary>
    public static AttendanceOverview ToOverview(Domain.Meeting meeting, Viewer viewer) =>
        ToOverview(meeting, viewer, _ => true);

    /// <summary>
    /// The overview as <paramref name="viewer"/> may see it, with the absence notes <paramref name="showsNote"/>
    /// allows, the others left empty.
    /// </summary>
    public static AttendanceOverview ToOverview(
        Domain.Meeting meeting,
        Viewer viewer,
        Func<Domain.Attendance, bool> showsNote
    ) =>
        new()
        {
            Attendances =
            {
                meeting
                    .Attendances.OrderBy(a => a.Name, StringComparer.Ordinal)
                    .Select(a =>
                        showsNote(a) ? ToMessage(meeting, a, viewer) : WithoutNote(ToMessage(meeting, a, viewer))
                    ),
            },
            Proxies = { meeting.Proxies.Select(ToMessage) },
            SubstituteRequests = { meeting.SubstituteRequests.Select(ToMessage) },
        };

    public static Api.VotingCount ToMessage(Domain.VotingCount count) =>
        new()
        {
            PresentWithVote = count.PresentWithVote,
            ProxyVotes = count.ProxyVotes,
            Votes = count.Votes,
            VotingSeats = count.VotingSeats,
            VotesRequired = count.VotesRequired,
            QuorumMet = count.QuorumMet,
            VotingBody = count.Body.Audience,
            DecidedBy = count.Body.Name ?? "",
        };

    public static Api.ArenaRules ToMessage(Domain.ArenaRules rules) =>
        new()
        {
            ArenaId = rules.ArenaId,
            QuorumPercent = rules.QuorumPercent,
            MaxProxiesPerHolder = rules.MaxProxiesPerHolder,
        };

    public static Api.FollowUp ToMessage(Domain.FollowUp followUp) =>
        new()
        {
            FollowUpId = followUp.Id.ToString(),
            ArenaId = followUp.ArenaId,
            MeetingId = followUp.MeetingId.ToString(),
            ItemId = followUp.AgendaItemId.ToString(),
            CaseNumber = followUp.CaseNumber,
            Description = followUp.Description,
            Owner = followUp.Owner,
            DueDate = followUp.DueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            Status = (Api.FollowUpStatus)followUp.Status,
        };

    /// <summary>
    /// A member's own absence (none reported: <paramref name="absence"/> null) for the page behind the notice's link.
    /// </summary>
    public static MyAbsence ToMessage(Domain.Meeting meeting, MemberInfo member, MemberAbsence? absence)
    {
        var answer = new MyAbsence
        {
            MeetingId = meeting.Id.ToString(),
            MemberId = member.MemberId,
            Name = member.Name,
        };
        if (absence is null)
            return answer;

        var attendance = ToMessage(absence.Absence);
        answer.Reported = true;
        answer.WholeMeeting = absence.Absence.PartialAbsence is null;
        answer.AbsentFrom = attendance.AbsentFrom;
        answer.AbsentUntil = attendance.AbsentUntil;
        answer.Note = attendance.AbsenceNote;
        answer.CanWithdraw = absence.WhyItStays is null;
        answer.CannotWithdrawReason = absence.WhyItStays ?? "";
        answer.AbsenceLock = (Api.AbsenceLock)absence.Lock;
        answer.SubstituteRequests.AddRange(absence.SubstituteRequests.Select(ToMessage));
        return answer;
    }
}
