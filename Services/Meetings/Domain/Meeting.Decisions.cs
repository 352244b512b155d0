using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Domain;

public sealed partial class Meeting
{
    /// <summary>Records (or corrects, until the minutes are approved) the decision on a case.</summary>
    public Decision RecordDecision(
        ArenaRoster roster,
        ArenaRules rules,
        Guid itemId,
        DecisionInput input,
        DateTimeOffset now
    )
    {
        MeetingLifecycle.EnsureIn(Status, "record a decision", MeetingStatus.Held, MeetingStatus.MinutesDrafted);
        EnsureMeetingDayReached(now, "record a decision");
        var item = FindItem(itemId);
        if (!item.IsCase)
        {
            throw new ValidationFailedException(
                "item_id",
                Reasons.NotACase,
                $"{item.Label} is not a case; only cases are decided."
            );
        }

        if (item.Withdrawn)
        {
            throw new InvalidStateException(
                Reasons.ItemWithdrawn,
                $"{item.Label} was withdrawn and cannot be decided."
            );
        }

        var votes = CountVotes(roster, rules, itemId);
        if (!votes.QuorumMet)
        {
            throw new InvalidStateException(
                Reasons.NotQuorate,
                $"The meeting is not quorate on {item.Label}: {votes.Votes} vote(s) present (proxies included, the disqualified and those away during the case excluded), "
                    + $"but the arena's quorum of {rules.QuorumPercent} % of {votes.VotingSeats} voting seats{(votes.Body == VotingBody.WholeMeeting ? "" : " of the municipal representatives, who decide it alone,")} requires {votes.VotesRequired}."
            );
        }

        item.Decision = Decision.For(item, input, votes);
        return item.Decision;
    }

    /// <summary>Names of those disqualified on a case, as the minutes show them.</summary>
    public IReadOnlyList<string> DisqualifiedOn(Guid itemId) =>
        Conflicts.Where(c => c.AgendaItemId == itemId).Select(c => c.Name).Order(StringComparer.Ordinal).ToList();
}
