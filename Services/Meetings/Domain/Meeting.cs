using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Meetings.Domain;

/// <summary>A meeting of an arena (møte), from its draft to its approved minutes.</summary>
public sealed partial class Meeting : AggregateRoot
{
    public Guid Id { get; init; }
    public required string ArenaId { get; init; }
    public string? PlannedMeetingId { get; init; }
    public string Title { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public string? Place { get; private set; }
    public string? Chair { get; private set; }
    public string? Secretary { get; private set; }
    public Guid? PreviousMeetingId { get; init; }
    public MeetingStatus Status { get; private set; } = MeetingStatus.Draft;

    /// <summary>
    /// The agenda's version as all members see it: bumped after the notice by a change they can see. A change to an
    /// item for municipal representatives only leaves it alone, so that the number betrays nothing of it.
    /// </summary>
    public int AgendaVersion { get; private set; } = 1;

    /// <summary>
    /// The agenda's version as municipal representatives (and the secretariat) see it: every change bumps it.
    /// </summary>
    public int MunicipalAgendaVersion { get; private set; } = 1;

    /// <summary>0 until the notice is issued; each reissue after changes is a new version.</summary>
    public int NoticeVersion { get; private set; }

    /// <summary>The <see cref="MunicipalAgendaVersion"/> the latest notice froze.</summary>
    public int NoticedAgendaVersion { get; private set; }

    public List<AgendaItem> Items { get; private set; } = [];
    public List<Attendance> Attendances { get; private set; } = [];
    public List<Proxy> Proxies { get; private set; } = [];
    public List<ConflictOfInterest> Conflicts { get; private set; } = [];
    public List<SubstituteRequest> SubstituteRequests { get; private set; } = [];

    /// <summary>Agenda changes since the notice, made by this unit of work, to be told to their audience.</summary>
    public IReadOnlyList<AgendaChangedDomainEvent> Changes => [.. DomainEvents.OfType<AgendaChangedDomainEvent>()];

    /// <summary>The planned meeting of the annual plan this meeting realises, when it realises one.</summary>
    public Guid? PlanEntryId => Guid.TryParse(PlannedMeetingId, out var id) ? id : null;

    public int Year => OsloTime.Year(StartsAt);

    /// <summary>
    /// The planned end, or the end of the agenda <paramref name="viewer"/> sees when it runs later: a restricted item
    /// past the planned end lengthens the meeting only for those who may see it.
    /// </summary>
    public DateTimeOffset ScheduledEndFor(Viewer viewer) =>
        AgendaSchedule.For(this, viewer) is { RunsOver: true } schedule ? schedule.LastEnd : EndsAt;

    /// <summary>
    /// A new meeting with the standard opening steps as numbered cases (approval of the notice and agenda, of the
    /// proxies, and of the previous minutes when there is a previous meeting) and Eventuelt last.
    /// </summary>
    public static Meeting Create(MeetingDetails details, CaseNumberSequence numbers, PreviousMeeting? previous)
    {
        var valid = details.Validated();
        var meeting = new Meeting
        {
            Id = Guid.CreateVersion7(),
            ArenaId = valid.ArenaId!,
            PlannedMeetingId = valid.PlannedMeetingId,
            Title = valid.Title!,
            StartsAt = valid.StartsAt!.Value,
            EndsAt = valid.EndsAt!.Value,
            Place = valid.Place,
            Chair = valid.Chair,
            Secretary = valid.Secretary,
            PreviousMeetingId = previous?.MeetingId,
        };
        meeting.EnsureSequence(numbers);
        foreach (var (step, content) in StandardSteps.For(previous))
        {
            meeting.Items.Add(AgendaItem.Create(meeting.Id, content, numbers.Next(), meeting.NextPosition(), step));
        }
        meeting.Items.Add(AgendaItem.Create(meeting.Id, StandardSteps.AnyOtherBusiness, null, meeting.NextPosition()));
        meeting.CasesChanged();
        meeting.Arranged();
        return meeting;
    }

    /// <summary>
    /// Changes the particulars (time, place, chair, secretary, title); after the notice, members are told.
    /// </summary>
    public void UpdateDetails(MeetingDetails details)
    {
        MeetingLifecycle.EnsureIn(Status, "change the meeting", MeetingStatus.Draft, MeetingStatus.NoticeIssued);
        var valid = (details with { ArenaId = ArenaId }).Validated();
        if (valid.Year != Year)
        {
            throw new ValidationFailedException(
                "starts_at",
                Reasons.MeetingCannotChangeYear,
                $"The meeting's cases are numbered for {Year}; it cannot move to {valid.Year}."
            );
        }

        var summary = new List<string>();
        if (valid.StartsAt != StartsAt || valid.EndsAt != EndsAt)
        {
            summary.Add(
                $"Møtet er flyttet til {NorwegianText.NumericDate(valid.StartsAt!.Value)} kl. {NorwegianText.TimeRange(valid.StartsAt.Value, valid.EndsAt!.Value)}."
            );
        }

        if (valid.Place != Place)
            summary.Add($"Nytt møtested: {valid.Place ?? "kommer"}.");
        if (valid.Title != Title || valid.Chair != Chair || valid.Secretary != Secretary)
            summary.Add("Møteopplysningene er endret.");

        Title = valid.Title!;
        StartsAt = valid.StartsAt!.Value;
        EndsAt = valid.EndsAt!.Value;
        Place = valid.Place;
        Chair = valid.Chair;
        Secretary = valid.Secretary;
        if (summary.Count > 0)
            RecordChange(string.Join(" ", summary), Audiences.AllMembers);
        Arranged();
    }

    /// <summary>Issues the notice, or reissues it as a new version after the agenda changed.</summary>
    public int IssueNotice()
    {
        if (Status == MeetingStatus.NoticeIssued)
        {
            if (MunicipalAgendaVersion == NoticedAgendaVersion)
            {
                throw new InvalidStateException(
                    Reasons.NoticeIsCurrent,
                    $"The notice (version {NoticeVersion}) already shows the current agenda; change the agenda before reissuing it."
                );
            }
        }
        else
        {
            Status = MeetingLifecycle.Advance(Status, MeetingStatus.NoticeIssued);
        }
        if (!Items.Any(i => !i.Withdrawn))
        {
            throw new InvalidStateException(
                Reasons.AgendaEmpty,
                "The agenda is empty; add items before issuing the notice."
            );
        }

        NoticeVersion++;
        NoticedAgendaVersion = MunicipalAgendaVersion;
        Raise(new NoticeIssuedDomainEvent());
        return NoticeVersion;
    }

    /// <summary>Marks the meeting held; not before the meeting's day.</summary>
    public void MarkHeld(DateTimeOffset now)
    {
        EnsureMeetingDayReached(now, "mark the meeting as held");
        Status = MeetingLifecycle.Advance(Status, MeetingStatus.Held);
        if (PlanEntryId is { } planned)
            Raise(new MeetingHeldDomainEvent(planned));
    }

    /// <summary>
    /// The steps of the meeting itself (held, attendance, decisions) follow the clock: none before its (Oslo) day.
    /// </summary>
    public void EnsureMeetingDayReached(DateTimeOffset now, string action)
    {
        MeetingLifecycle.EnsureNotCancelled(Status, action);
        if (OsloTime.Day(now) < Day)
        {
            throw new InvalidStateException(
                Reasons.StepBeforeMeetingDay(NorwegianText.NumericDate(StartsAt)),
                $"Cannot {action} before the meeting's day: it is held on {NorwegianText.NumericDate(StartsAt)}."
            );
        }
    }

    /// <summary>
    /// Drafts the minutes; a member of the arena nobody registered (no absence reported, not recorded present) is
    /// recorded absent, so the minutes list every member.
    /// </summary>
    public void DraftMinutes(ArenaRoster roster)
    {
        Status = MeetingLifecycle.Advance(Status, MeetingStatus.MinutesDrafted);
        var unregistered = roster.Members.Where(m => !m.IsSubstitute && AttendanceOf(m.MemberId) is null).ToList();
        foreach (var member in unregistered)
            Attendances.Add(Attendance.For(Id, member, AttendanceStatus.Absent));
    }

    public void ApproveMinutes()
    {
        Status = MeetingLifecycle.Advance(Status, MeetingStatus.MinutesApproved);
        Raise(new MinutesApprovedDomainEvent());
    }

    public bool HasNotice => NoticeVersion > 0;

    /// <summary>The agenda's version as <paramref name="audience"/> sees it; one counter per audience.</summary>
    public int AgendaVersionFor(string audience) =>
        audience == Audiences.AllMembers ? AgendaVersion : MunicipalAgendaVersion;

    private void EnsureSequence(CaseNumberSequence numbers)
    {
        if (numbers.ArenaId != ArenaId || numbers.Year != Year)
        {
            throw new ArgumentException(
                $"Case numbers of {ArenaId} {Year} are needed, not of {numbers.ArenaId} {numbers.Year}.",
                nameof(numbers)
            );
        }
    }

    private void RecordChange(string summary, string audience)
    {
        CasesChanged();
        if (!HasNotice)
            return;
        MunicipalAgendaVersion++;
        if (audience == Audiences.AllMembers)
            AgendaVersion++;
        Raise(new AgendaChangedDomainEvent(AgendaVersionFor(audience), summary, audience));
    }

    private void CasesChanged()
    {
        if (!DomainEvents.OfType<CasesChangedDomainEvent>().Any())
            Raise(new CasesChangedDomainEvent());
    }

    /// <summary>
    /// The plan is told the day, times and place of the meeting that realises one of its planned meetings.
    /// </summary>
    private void Arranged()
    {
        if (PlanEntryId is { } planned)
            Raise(new MeetingArrangedDomainEvent(planned));
    }
}
