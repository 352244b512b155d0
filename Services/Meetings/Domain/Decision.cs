using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Domain;

public enum AdoptedTextSource
{
    Proposal = 1,
    Alternative = 2,
    Amended = 3,
}

/// <summary>What the meeting decided on a case, as the secretariat records it.</summary>
public sealed record DecisionInput
{
    public AdoptedTextSource Source { get; init; }

    /// <summary>1-based, for <see cref="AdoptedTextSource.Alternative"/>.</summary>
    public int? AlternativeNumber { get; init; }
    public string? AmendedText { get; init; }

    /// <summary>
    /// For <see cref="AdoptedTextSource.Amended"/>: the amendment (endringsforslag), e.g. who proposed what.
    /// </summary>
    public string? Amendment { get; init; }
    public bool Unanimous { get; init; }
    public int? VotesFor { get; init; }
    public int? VotesAgainst { get; init; }
    public int? VotesBlank { get; init; }
}

/// <summary>The decision (vedtak) on a case: the adopted text and how it was carried.</summary>
public sealed class Decision
{
    public AdoptedTextSource Source { get; init; }
    public int? AlternativeNumber { get; init; }
    public required string AdoptedText { get; init; }
    public string? Amendment { get; init; }
    public bool Unanimous { get; init; }
    public int? VotesFor { get; init; }
    public int? VotesAgainst { get; init; }
    public int? VotesBlank { get; init; }

    /// <summary>The count of votes present on the case when it was decided (telle antall stemmeberettigede).</summary>
    public int? VotesEntitled { get; init; }

    /// <summary>The voting seats of the body that decided, when it was decided.</summary>
    public int? VotingSeats { get; init; }

    /// <summary>
    /// The audience of the body that decided (<see cref="VotingBody"/>); null in decisions made before it was kept.
    /// </summary>
    public string? DecidedBy { get; init; }

    public VotingBody Body() => VotingBody.For(DecidedBy);

    /// <summary>
    /// The same decision with its wording corrected in the minutes: how it was made (proposal, alternative n or
    /// amended, with the amendment) and its votes stay; only a real amendment, recorded anew, changes them.
    /// </summary>
    public Decision WithWording(string adoptedText) =>
        new()
        {
            Source = Source,
            AlternativeNumber = AlternativeNumber,
            AdoptedText = adoptedText,
            Amendment = Amendment,
            Unanimous = Unanimous,
            VotesFor = VotesFor,
            VotesAgainst = VotesAgainst,
            VotesBlank = VotesBlank,
            VotesEntitled = VotesEntitled,
            VotingSeats = VotingSeats,
            DecidedBy = DecidedBy,
        };

    /// <summary>
    /// Resolves the adopted text from the case's proposal and checks the votes against those entitled to vote.
    /// </summary>
    public static Decision For(AgendaItem item, DecisionInput input, VotingCount votes)
    {
        var errors = new List<FieldError>();
        string? text = null;
        switch (input.Source)
        {
            case AdoptedTextSource.Proposal:
                text = item.ProposalText();
                if (text is null)
                {
                    errors.Add(
                        new(
                            "source",
                            Reasons.DecisionNoSingleProposal,
                            $"{item.Label} has no single proposal to adopt."
                        )
                    );
                }

                if (item.Alternatives.Count > 0)
                {
                    errors.Add(
                        new(
                            "source",
                            Reasons.DecisionChooseAlternative,
                            $"{item.Label} has alternatives; say which one was adopted."
                        )
                    );
                }

                break;
            case AdoptedTextSource.Alternative:
                if (input.AlternativeNumber is not { } number || number < 1 || number > item.Alternatives.Count)
                {
                    errors.Add(
                        new(
                            "alternative_number",
                            Reasons.DecisionUnknownAlternative,
                            $"{item.Label} has {item.Alternatives.Count} alternative(s); give one of them."
                        )
                    );
                }
                else
                {
                    text = item.Alternatives[number - 1];
                }

                break;
            case AdoptedTextSource.Amended:
                text = string.IsNullOrWhiteSpace(input.AmendedText) ? null : input.AmendedText.Trim();
                if (text is null)
                {
                    errors.Add(
                        new("amended_text", Reasons.DecisionAmendedTextMissing, "Give the text the meeting adopted.")
                    );
                }
                else if (text.Length > AgendaItemContent.MaxTextLength)
                {
                    errors.Add(
                        new(
                            "amended_text",
                            Reasons.AtMost(AgendaItemContent.MaxTextLength),
                            $"At most {AgendaItemContent.MaxTextLength} characters."
                        )
                    );
                }

                if (input.Amendment?.Trim().Length > AgendaItemContent.MaxTextLength)
                {
                    errors.Add(
                        new(
                            "amendment",
                            Reasons.AtMost(AgendaItemContent.MaxTextLength),
                            $"At most {AgendaItemContent.MaxTextLength} characters."
                        )
                    );
                }

                break;
            default:
                errors.Add(
                    new(
                        "source",
                        Reasons.DecisionSourceMissing,
                        "Say whether the proposal, an alternative or an amended text was adopted."
                    )
                );
                break;
        }

        if (input.Source != AdoptedTextSource.Amended && !string.IsNullOrWhiteSpace(input.Amendment))
        {
            errors.Add(
                new("amendment", Reasons.DecisionAmendmentWithoutAmendedText, "Only an amended text has an amendment.")
            );
        }

        var counted = new[] { input.VotesFor, input.VotesAgainst, input.VotesBlank };
        if (input.Unanimous && counted.Any(v => v is not null))
            errors.Add(new("unanimous", Reasons.DecisionUnanimousNoCounts, "A unanimous decision has no vote counts."));
        if (!input.Unanimous)
        {
            if (counted.Any(v => v is null or < 0))
            {
                errors.Add(
                    new(
                        "votes_for",
                        Reasons.DecisionVotesMissing,
                        "Give the votes for, against and blank, or mark the decision unanimous."
                    )
                );
            }
            else if (counted.Sum() > votes.Votes)
            {
                errors.Add(
                    new(
                        "votes_for",
                        Reasons.DecisionTooManyVotes,
                        $"{counted.Sum()} votes were given, but only {votes.Votes} may vote on {item.Label}."
                    )
                );
            }
            else if (input.VotesFor <= input.VotesAgainst)
            {
                errors.Add(
                    new(
                        "votes_for",
                        Reasons.DecisionNoMajority,
                        "The adopted text must have more votes for than against."
                    )
                );
            }
        }
        if (errors.Count > 0)
            throw new ValidationFailedException(errors);

        return new Decision
        {
            Source = input.Source,
            AlternativeNumber = input.Source == AdoptedTextSource.Alternative ? input.AlternativeNumber : null,
            AdoptedText = text!,
            Amendment =
                input.Source == AdoptedTextSource.Amended && !string.IsNullOrWhiteSpace(input.Amendment)
                    ? input.Amendment.Trim()
                    : null,
            Unanimous = input.Unanimous,
            VotesFor = input.VotesFor,
            VotesAgainst = input.VotesAgainst,
            VotesBlank = input.VotesBlank,
            VotesEntitled = votes.Votes,
            VotingSeats = votes.VotingSeats,
            DecidedBy = votes.Body.Audience,
        };
    }
}

/// <summary>The names the contracts use for what was adopted.</summary>
public static class AdoptedTextSourceNames
{
    public static string Of(AdoptedTextSource source) =>
        source switch
        {
            AdoptedTextSource.Proposal => "proposal",
            AdoptedTextSource.Alternative => "alternative",
            AdoptedTextSource.Amended => "amended",
            _ => throw new ArgumentOutOfRangeException(nameof(source)),
        };

    public static AdoptedTextSource? Parse(string? name) =>
        name switch
        {
            "proposal" => AdoptedTextSource.Proposal,
            "alternative" => AdoptedTextSource.Alternative,
            "amended" => AdoptedTextSource.Amended,
            _ => null,
        };
}
