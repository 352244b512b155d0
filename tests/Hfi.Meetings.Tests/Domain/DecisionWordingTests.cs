using Hfi.Meetings.Domain;
using Hfi.Meetings.Events;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Meetings.Tests.Domain;

/// <summary>
/// Correcting a decision's wording in the minutes keeps how it was made; only a real amendment changes that.
/// </summary>
public sealed class DecisionWordingTests
{
    private static readonly DateTimeOffset Now = SeedAgenda.StartsAt.AddDays(1);
    private readonly ArenaRoster _roster = Members.Roster();
    private readonly ArenaRules _rules = ArenaRules.Default(SeedAgenda.ArenaId);
    private readonly Meeting _meeting = SeedAgenda.Noticed();

    public DecisionWordingTests()
    {
        _meeting.Present(_roster, Members.Hamar, Members.Elverum, Members.Gjovik, Members.Hospital1);
        _meeting.MarkHeld(SeedAgenda.StartsAt);
    }

    [Fact]
    public void A_corrected_wording_keeps_the_alternative_chosen_and_the_votes()
    {
        var item = _meeting.Item("06.24");
        _meeting.Decide(
            _roster,
            _rules,
            item.Id,
            new DecisionInput
            {
                Source = AdoptedTextSource.Alternative,
                AlternativeNumber = 2,
                VotesFor = 3,
                VotesAgainst = 1,
                VotesBlank = 0,
            }
        );
        _meeting.DraftMinutes(_roster);

        _meeting.RecordProceedings(
            new MinutesProceedings
            {
                DecisionWording = new Dictionary<string, string> { [item.Id.ToString()] = "  Rettet ordlyd.  " },
            }
        );

        var decision = item.Decision!;
        Assert.Equal(
            (AdoptedTextSource.Alternative, 2, "Rettet ordlyd."),
            (decision.Source, decision.AlternativeNumber, decision.AdoptedText)
        );
        Assert.Equal(
            (false, 3, 1, 0, 4),
            (decision.Unanimous, decision.VotesFor, decision.VotesAgainst, decision.VotesBlank, decision.VotesEntitled)
        );
        var minutes = MinutesBuilder
            .Build(_meeting, "P", Audiences.AllMembers, Now)
            .Decisions.Single(d => d.CaseNumber == "06.24");
        Assert.Equal(
            ("alternative", 2, "Rettet ordlyd."),
            (minutes.Source, minutes.AlternativeNumber, minutes.AdoptedText)
        );
    }

    [Fact]
    public void A_corrected_wording_keeps_a_proposal_a_proposal_and_an_amendment_its_amendment()
    {
        var proposal = _meeting.Item("04.24");
        var amended = _meeting.Item("03.24");
        _meeting.Decide(
            _roster,
            _rules,
            proposal.Id,
            new DecisionInput { Source = AdoptedTextSource.Proposal, Unanimous = true }
        );
        _meeting.Decide(
            _roster,
            _rules,
            amended.Id,
            new DecisionInput
            {
                Source = AdoptedTextSource.Amended,
                AmendedText = "Godkjent med endringer.",
                Amendment = "Forslag fra Hamar",
                Unanimous = true,
            }
        );

        _meeting.RecordProceedings(
            new MinutesProceedings
            {
                DecisionWording = new Dictionary<string, string>
                {
                    [proposal.Id.ToString()] = "Ny ordlyd A.",
                    [amended.Id.ToString()] = "Ny ordlyd B.",
                },
            }
        );

        Assert.Equal(
            (AdoptedTextSource.Proposal, true, "Ny ordlyd A."),
            (proposal.Decision!.Source, proposal.Decision.Unanimous, proposal.Decision.AdoptedText)
        );
        Assert.Equal(
            (AdoptedTextSource.Amended, "Forslag fra Hamar", "Ny ordlyd B."),
            (amended.Decision!.Source, amended.Decision.Amendment, amended.Decision.AdoptedText)
        );
    }

    [Fact]
    public void Only_a_real_amendment_changes_how_the_decision_was_made()
    {
        var item = _meeting.Item("04.24");
        _meeting.Decide(
            _roster,
            _rules,
            item.Id,
            new DecisionInput { Source = AdoptedTextSource.Proposal, Unanimous = true }
        );

        _meeting.Decide(
            _roster,
            _rules,
            item.Id,
            new DecisionInput
            {
                Source = AdoptedTextSource.Amended,
                AmendedText = "Endret i møtet.",
                Unanimous = true,
            }
        );

        Assert.Equal(AdoptedTextSource.Amended, item.Decision!.Source);
    }

    [Fact]
    public void A_wording_is_refused_for_a_case_not_decided_or_without_text_and_nothing_changes()
    {
        var decided = _meeting.Item("04.24");
        var undecided = _meeting.Item("05.24");
        _meeting.Decide(
            _roster,
            _rules,
            decided.Id,
            new DecisionInput { Source = AdoptedTextSource.Proposal, Unanimous = true }
        );
        var before = decided.Decision!.AdoptedText;

        var error = Assert.Throws<ValidationFailedException>(() =>
            _meeting.RecordProceedings(
                new MinutesProceedings
                {
                    DecisionWording = new Dictionary<string, string>
                    {
                        [decided.Id.ToString()] = " ",
                        [undecided.Id.ToString()] = "Tekst",
                    },
                }
            )
        );

        Assert.Equal(
            [Reasons.DecisionWordingMissing, Reasons.DecisionWordingWithoutDecision],
            error.Errors.Select(e => e.Reason)
        );
        Assert.Equal(before, decided.Decision!.AdoptedText);
    }
}
