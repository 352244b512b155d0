using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Planning.Domain.Plans;

/// <summary>
/// The partnership's plan of meetings for one year (årsplan): draft → approved (by a case, e.g. "sak 33/24") →
/// revised. Every change raises the version (an edit made against an older version is refused) and every change after
/// approval is kept as a numbered revision. Each change raises its domain events
/// (<see cref="AggregateRoot.DomainEvents"/>);
/// meetings are announced only once the plan is approved.
/// </summary>
public sealed class AnnualPlan : AggregateRoot
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const int MaxCaseLength = 100;

    public int Year { get; init; }
    public PlanStatus Status { get; set; } = PlanStatus.Draft;

    /// <summary>The case that approved the plan, e.g. "sak 33/24".</summary>
    public string? ApprovalCase { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>Raised by every change; an edit carrying an older version is refused.</summary>
    public int Version { get; set; } = 1;
    public int RevisionCount { get; set; }
    public List<PlannedMeeting> Meetings { get; init; } = [];
    public List<PlanRevision> Revisions { get; init; } = [];

    public bool IsApproved => Status is PlanStatus.Approved or PlanStatus.Revised;

    public static AnnualPlan Create(int year) =>
        year is >= MinYear and <= MaxYear
            ? new AnnualPlan { Year = year }
            : throw new ValidationFailedException(
                "year",
                Reasons.PlanYearOutOfRange(MinYear, MaxYear),
                $"A plan year is between {MinYear} and {MaxYear} (got {year})."
            );

    /// <summary>
    /// Adds the meetings read from the table that the plan does not hold yet; a row already imported is left as it is.
    /// </summary>
    public IReadOnlyList<PlannedMeeting> Import(
        IReadOnlyList<PlannedMeeting> read,
        int? expectedVersion,
        ChangeStamp stamp
    )
    {
        if (expectedVersion is { } expected)
            CheckVersion(expected);
        var known = Meetings.Select(m => m.ImportKey).ToHashSet();
        var created = read.Where(m => !known.Contains(m.ImportKey)).ToList();
        if (created.Count == 0)
            return created;

        Meetings.AddRange(created);
        if (IsApproved)
            created.ForEach(m => Announce(m, stamp));
        Changed($"Importerte {NorwegianText.Counted(created.Count, "møte", "møter")} fra tabellen.", stamp);
        return created;
    }

    public void Approve(string? approvalCase, int expectedVersion, ChangeStamp stamp)
    {
        CheckVersion(expectedVersion);
        var caseReference = approvalCase?.Trim() ?? string.Empty;
        if (caseReference.Length is 0 or > MaxCaseLength)
        {
            throw new ValidationFailedException(
                "approval_case",
                Reasons.ApprovalCaseMissing,
                "Name the case that approved the plan, e.g. \"sak 33/24\"."
            );
        }

        if (Status == PlanStatus.Approved)
        {
            throw new InvalidStateException(
                Reasons.PlanAlreadyApproved,
                $"The {Year} plan is already approved ({ApprovalCase}); it can be approved again after it is revised."
            );
        }

        Status = PlanStatus.Approved;
        ApprovalCase = caseReference;
        ApprovedAt = stamp.At;
        Version++;
        foreach (
            var meeting in Meetings.Where(m => m.AnnouncedAt is null && m.Status != PlannedMeetingStatus.Cancelled)
        )
        {
            Announce(meeting, stamp);
        }

        Raise(new PlanApprovedDomainEvent(Year, caseReference, Version, Meetings.Count, stamp.At));
    }

    /// <summary>
    /// Moves a meeting (typically narrowing a window to the day it was fixed for), keeping what it was in its history.
    /// </summary>
    public PlannedMeeting Reschedule(
        Guid meetingId,
        int expectedVersion,
        MeetingEdit edit,
        string? reason,
        ChangeStamp stamp
    )
    {
        CheckVersion(expectedVersion);
        var meeting = Find(meetingId);
        if (meeting.Status is PlannedMeetingStatus.Cancelled or PlannedMeetingStatus.Held)
        {
            throw new InvalidStateException(
                Reasons.PlannedMeetingCannotMove,
                $"The meeting is {meeting.Status.ToString().ToLowerInvariant()}; it cannot be moved."
            );
        }

        var before = MeetingSnapshot.Of(meeting);
        meeting.Date = edit.Date;
        meeting.Time = edit.Time ?? meeting.Time;
        if (edit.Place is { } place)
            (meeting.PlaceKind, meeting.Place) = place;
        meeting.Status = edit.Date.IsFixed ? PlannedMeetingStatus.Scheduled : PlannedMeetingStatus.Tentative;
        var change = Record(meeting, MeetingChangeKind.Rescheduled, before, reason, stamp);

        if (meeting.AnnouncedAt is not null)
            Raise(new MeetingRescheduledDomainEvent(PlannedMeetingRef.Of(meeting), change));

        Changed($"Flyttet {meeting.ArenaText} fra «{before.Date.Text}» til «{meeting.Date.Text}».", stamp);
        return meeting;
    }

    public PlannedMeeting Cancel(Guid meetingId, int expectedVersion, string? reason, ChangeStamp stamp)
    {
        CheckVersion(expectedVersion);
        var meeting = Find(meetingId);
        if (meeting.Status is PlannedMeetingStatus.Cancelled or PlannedMeetingStatus.Held)
        {
            throw new InvalidStateException(
                Reasons.PlannedMeetingAlreadyClosed,
                $"The meeting is already {meeting.Status.ToString().ToLowerInvariant()}."
            );
        }

        var before = MeetingSnapshot.Of(meeting);
        meeting.Status = PlannedMeetingStatus.Cancelled;
        var change = Record(meeting, MeetingChangeKind.Cancelled, before, reason, stamp);
        if (meeting.AnnouncedAt is not null)
            Raise(new MeetingCancelledDomainEvent(PlannedMeetingRef.Of(meeting), change));

        Changed($"Avlyste {meeting.ArenaText} «{meeting.Date.Text}».", stamp);
        return meeting;
    }

    /// <summary>
    /// Records that a meeting on a fixed day took place; a meeting whose day is still open cannot have been held.
    /// </summary>
    public PlannedMeeting MarkHeld(Guid meetingId, int expectedVersion, ChangeStamp stamp)
    {
        CheckVersion(expectedVersion);
        var meeting = Find(meetingId);
        if (meeting.Status != PlannedMeetingStatus.Scheduled)
        {
            throw new InvalidStateException(
                Reasons.PlannedMeetingNotScheduled,
                $"Only a scheduled meeting (with a fixed day) can be marked as held; this one is {meeting.Status.ToString().ToLowerInvariant()}."
            );
        }

        var before = MeetingSnapshot.Of(meeting);
        meeting.Status = PlannedMeetingStatus.Held;
        Record(meeting, MeetingChangeKind.Held, before, null, stamp);
        Changed($"{meeting.ArenaText} «{meeting.Date.Text}» er avholdt.", stamp);
        return meeting;
    }

    /// <summary>
    /// The meeting that realises a planned meeting was set up or held in Meetings: the plan takes its day, times and
    /// place (keeping what it was in the history), and a held one is recorded as held. Not refused for a stale
    /// version: it is a fact from Meetings, not an edit. Nothing is recorded when nothing changes (events come twice).
    /// </summary>
    public PlannedMeeting? Realise(Guid meetingId, RealisedMeeting realised, bool held, ChangeStamp stamp)
    {
        var meeting = Meetings.FirstOrDefault(m => m.Id == meetingId);
        if (meeting is null || meeting.Status == PlannedMeetingStatus.Cancelled)
            return null;

        var before = MeetingSnapshot.Of(meeting);
        var date = new MeetingDate(
            DateKind.Exact,
            realised.Day.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture),
            realised.Day,
            realised.Day
        );
        var time = new MeetingTime(
            $"{realised.Start:HH\\:mm}-{realised.End:HH\\:mm}",
            realised.Start,
            realised.End,
            (int)(realised.End - realised.Start).TotalMinutes
        );
        var moved =
            meeting.Date != date || meeting.Time != time || (meeting.PlaceKind, meeting.Place) != realised.Place;
        var nowHeld = held && meeting.Status != PlannedMeetingStatus.Held;
        if (!moved && !nowHeld)
            return null;

        if (moved)
        {
            (meeting.Date, meeting.Time) = (date, time);
            (meeting.PlaceKind, meeting.Place) = realised.Place;
            if (meeting.Status != PlannedMeetingStatus.Held)
                meeting.Status = PlannedMeetingStatus.Scheduled;
            Record(meeting, MeetingChangeKind.Rescheduled, before, "Fastsatt av møtet i Møter.", stamp);
        }
        if (nowHeld)
        {
            var beforeHeld = MeetingSnapshot.Of(meeting);
            meeting.Status = PlannedMeetingStatus.Held;
            Record(meeting, MeetingChangeKind.Held, beforeHeld, null, stamp);
        }
        Changed(
            nowHeld
                ? $"{meeting.ArenaText} «{meeting.Date.Text}» er avholdt."
                : $"{meeting.ArenaText} er fastsatt til «{meeting.Date.Text}».",
            stamp
        );
        return meeting;
    }

    public void CheckVersion(int expectedVersion)
    {
        if (expectedVersion != Version)
        {
            throw new ConflictException(
                Reasons.PlanChanged,
                $"The {Year} plan has changed since you read it (you sent version {expectedVersion}, it is now {Version}). Reload it and make the change again."
            );
        }
    }

    private PlannedMeeting Find(Guid meetingId) =>
        Meetings.FirstOrDefault(m => m.Id == meetingId)
        ?? throw new NotFoundException(
            Reasons.PlannedMeetingNotFound,
            $"The {Year} plan has no meeting '{meetingId}'."
        );

    private void Announce(PlannedMeeting meeting, ChangeStamp stamp)
    {
        meeting.AnnouncedAt = stamp.At;
        Raise(
            new MeetingAnnouncedDomainEvent(
                PlannedMeetingRef.Of(meeting),
                meeting.RegionId,
                MeetingSnapshot.Of(meeting),
                [.. meeting.Topics.Select(t => t.Text)],
                stamp.At
            )
        );
    }

    private static MeetingChange Record(
        PlannedMeeting meeting,
        MeetingChangeKind kind,
        MeetingSnapshot before,
        string? reason,
        ChangeStamp stamp
    )
    {
        var change = new MeetingChange
        {
            Id = Guid.CreateVersion7(),
            MeetingId = meeting.Id,
            Kind = kind,
            Before = before,
            After = MeetingSnapshot.Of(meeting),
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            ChangedAt = stamp.At,
            ChangedBy = stamp.By,
        };
        meeting.History.Add(change);
        return change;
    }

    private void Changed(string summary, ChangeStamp stamp)
    {
        Version++;
        if (!IsApproved)
            return;
        Status = PlanStatus.Revised;
        RevisionCount++;
        Revisions.Add(
            new PlanRevision
            {
                Id = Guid.CreateVersion7(),
                Year = Year,
                Number = RevisionCount,
                PlanVersion = Version,
                Summary = summary,
                RevisedAt = stamp.At,
                RevisedBy = stamp.By,
            }
        );
    }
}
