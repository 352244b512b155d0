using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Domain;

public sealed partial class Meeting
{
    public const int MaxCancelReasonLength = 500;

    /// <summary>Why the meeting was cancelled, as told to its members; null unless it is cancelled.</summary>
    public string? CancelReason { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>
    /// Cancels (avlyser) the meeting before it is held: from then on it refuses every step. The plan entry it
    /// realises is cancelled too, and whoever received its notice is told, once.
    /// </summary>
    public void Cancel(string? reason, DateTimeOffset now)
    {
        MeetingLifecycle.EnsureNotCancelled(Status, "cancel the meeting");
        if (Status is not (MeetingStatus.Draft or MeetingStatus.NoticeIssued))
        {
            throw new InvalidStateException(
                Reasons.MeetingCannotBeCancelled,
                $"The meeting is '{MeetingLifecycle.Describe(Status)}'; a meeting that was held cannot be cancelled."
            );
        }
        var text = reason?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw new ValidationFailedException(
                "reason",
                Reasons.CancelReasonMissing,
                "Say why the meeting is cancelled; the members are told."
            );
        }

        if (text.Length > MaxCancelReasonLength)
        {
            throw new ValidationFailedException(
                "reason",
                Reasons.AtMost(MaxCancelReasonLength),
                $"At most {MaxCancelReasonLength} characters."
            );
        }

        var noticeIssued = HasNotice;
        Status = MeetingStatus.Cancelled;
        CancelReason = text;
        CancelledAt = now;
        Raise(new MeetingCancelledDomainEvent(PlanEntryId, text, now, noticeIssued));
    }
}
