using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Domain;

/// <summary>An arena's rules for votes: its quorum and how many proxies one member may hold.</summary>
public sealed class ArenaRules
{
    public const int DefaultQuorumPercent = 50;
    public const int DefaultMaxProxiesPerHolder = 1;

    public required string ArenaId { get; init; }

    /// <summary>
    /// At least this share of the voting seats must be present (proxies included) for a valid decision.
    /// </summary>
    public int QuorumPercent { get; private set; } = DefaultQuorumPercent;
    public int MaxProxiesPerHolder { get; private set; } = DefaultMaxProxiesPerHolder;

    public static ArenaRules Default(string arenaId) => new() { ArenaId = arenaId };

    public void Change(int quorumPercent, int maxProxiesPerHolder)
    {
        var errors = new List<FieldError>();
        if (quorumPercent is < 1 or > 100)
        {
            errors.Add(
                new(
                    "quorum_percent",
                    Reasons.QuorumOutOfRange,
                    "Give the quorum as a percentage of the voting seats, 1 to 100."
                )
            );
        }

        if (maxProxiesPerHolder is < 0 or > 20)
        {
            errors.Add(
                new(
                    "max_proxies_per_holder",
                    Reasons.MaxProxiesOutOfRange,
                    "Give how many proxies one member may hold, 0 to 20."
                )
            );
        }

        if (errors.Count > 0)
            throw new ValidationFailedException(errors);
        QuorumPercent = quorumPercent;
        MaxProxiesPerHolder = maxProxiesPerHolder;
    }

    /// <summary>Votes needed for a quorum: "at least half" of 7 seats is 4.</summary>
    public int VotesRequired(int votingSeats) => (int)Math.Ceiling(votingSeats * QuorumPercent / 100m);
}
