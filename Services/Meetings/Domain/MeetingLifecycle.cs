using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Domain;

/// <summary>
/// The order of a meeting's steps: draft → notice issued → held → minutes drafted → minutes approved.
/// </summary>
public static class MeetingLifecycle
{
    private static readonly Dictionary<MeetingStatus, (MeetingStatus Next, string Step)> NextSteps = new()
    {
        [MeetingStatus.Draft] = (MeetingStatus.NoticeIssued, "issue the notice"),
        [MeetingStatus.NoticeIssued] = (MeetingStatus.Held, "mark the meeting as held"),
        [MeetingStatus.Held] = (MeetingStatus.MinutesDrafted, "draft the minutes"),
        [MeetingStatus.MinutesDrafted] = (MeetingStatus.MinutesApproved, "approve the minutes"),
    };

    public static string Describe(MeetingStatus status) =>
        status switch
        {
            MeetingStatus.Draft => "draft",
            MeetingStatus.NoticeIssued => "notice issued",
            MeetingStatus.Held => "held",
            MeetingStatus.MinutesDrafted => "minutes drafted",
            MeetingStatus.MinutesApproved => "minutes approved",
            MeetingStatus.Cancelled => "cancelled",
            _ => status.ToString(),
        };

    /// <summary>What may be done next from <paramref name="status"/>, in words for an error message.</summary>
    public static string NextStep(MeetingStatus status) =>
        NextSteps.TryGetValue(status, out var next)
            ? $"the next step is to {next.Step}"
            : "no further step is possible";

    /// <summary>Moves one step forward, or refuses naming the current state and the allowed next step.</summary>
    public static MeetingStatus Advance(MeetingStatus current, MeetingStatus target)
    {
        EnsureNotCancelled(current, $"move it to '{Describe(target)}'");
        if (NextSteps.TryGetValue(current, out var next) && next.Next == target)
            return target;
        throw new InvalidStateException(
            Reasons.MeetingStepOutOfOrder,
            $"Cannot move the meeting to '{Describe(target)}': it is '{Describe(current)}'; {NextStep(current)}."
        );
    }

    /// <summary>Refuses <paramref name="action"/> unless the meeting is in one of <paramref name="allowed"/>.</summary>
    public static void EnsureIn(MeetingStatus current, string action, params MeetingStatus[] allowed)
    {
        if (allowed.Contains(current))
            return;
        EnsureNotCancelled(current, action);
        var states = string.Join(" or ", allowed.Select(s => $"'{Describe(s)}'"));
        throw new InvalidStateException(
            Reasons.MeetingStepNotNow,
            $"Cannot {action} while the meeting is '{Describe(current)}' (only when {states}); {NextStep(current)}."
        );
    }

    /// <summary>A cancelled meeting refuses every step, with the reason saying so.</summary>
    public static void EnsureNotCancelled(MeetingStatus current, string action)
    {
        if (current == MeetingStatus.Cancelled)
            throw new InvalidStateException(Reasons.MeetingIsCancelled, $"Cannot {action}: the meeting is cancelled.");
    }
}
