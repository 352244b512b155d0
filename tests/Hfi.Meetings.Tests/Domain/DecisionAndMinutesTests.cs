using Hfi.Contracts;
using Hfi.Meetings.Domain;
using Hfi.Meetings.Events;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Meetings.Tests.Domain;

public sealed class DecisionAndMinutesTests
{
    private static readonly DateTimeOffset Now = SeedAgenda.StartsAt.AddDays(1);
    private readonly ArenaRoster _roster = Members.Roster();
    private readonly ArenaRules _rules = ArenaRules.Default(SeedAgenda.ArenaId);
    private readonly Meeting _meeting = HeldMeeting(Members.Roster());

    [Fact]
    public void The_adopted_text_is_the_proposal_with_its_numbered_points_an_alternative_or_an_amendment()
    {
        var points = _meeting.Decide(
            _roster,
            _rules,
            _meeting.Item("04.24").Id,
            new DecisionInput { Source = AdoptedTextSource.Proposal, Unanimous = true }
        );
        var alternative = _meeting.Decide(
            _roster,
            _rules,
            _meeting.Item("06.24").Id,
            new DecisionInput
            {
                Source = AdoptedTextSource.Alternative,
                AlternativeNumber = 2,
                VotesFor = 3,
                VotesAgainst = 1,
                VotesBlank = 0,
            }
        );
        var amended = _meeting.Decide(
            _roster,
            _rules,
            _meeting.Item("03.24").Id,
            new DecisionInput
            {
                Source = AdoptedTextSource.Amended,
                AmendedText = "Årsrapporten godkjennes med endringer.",
                Unanimous = true,
            }
        );

        Assert.StartsWith("1. Partnerskapsmøtet godkjenner utvidelse", points.AdoptedText);
        Assert.Contains("\n3. Partnerskapsmøtet ber strategisk samarbeidsutvalg prioritere", points.AdoptedText);
        Assert.Contains("teams medio juni 2025", alternative.AdoptedText);
        Assert.Equal("Årsrapporten godkjennes med endringer.", amended.AdoptedText);
    }

    [Fact]
    public void A_decision_is_refused_when_it_names_no_alternative_or_counts_more_votes_than_there_are()
    {
        var alternatives = _meeting.Item("06.24").Id;

        var proposal = Assert.Throws<ValidationFailedException>(() =>
            _meeting.Decide(
                _roster,
                _rules,
                alternatives,
                new DecisionInput { Source = AdoptedTextSource.Proposal, Unanimous = true }
            )
        );
        var tooMany = Assert.Throws<ValidationFailedException>(() =>
            _meeting.Decide(
                _roster,
                _rules,
                alternatives,
                new DecisionInput
                {
                    Source = AdoptedTextSource.Alternative,
                    AlternativeNumber = 1,
                    VotesFor = 5,
                    VotesAgainst = 0,
                    VotesBlank = 0,
                }
            )
        );
        var notACase = Assert.Throws<ValidationFailedException>(() =>
            _meeting.Decide(
                _roster,
                _rules,
                _meeting.Items.Single(i => i.Kind == AgendaItemKind.Presentation).Id,
                new DecisionInput { Source = AdoptedTextSource.Proposal, Unanimous = true }
            )
        );

        Assert.Contains("say which one was adopted", proposal.Message);
        Assert.Contains("only 4 may vote", tooMany.Message);
        Assert.Equal("item_id", notACase.Errors.Single().Field);
    }

    [Fact]
    public void Minutes_leave_the_restricted_decision_out_for_all_members_and_show_every_member_proxies_partial_absence_and_the_count()
    {
        var budget = _meeting.Item("08.24");
        _meeting.RecordConflictOfInterest(_roster, budget.Id, Members.Elverum.MemberId, null);
        _meeting.ReportAbsence(_roster, Members.Hospital1.MemberId, "Forsinket tog", absentUntil: "16:30");
        _meeting.Decide(
            _roster,
            _rules,
            budget.Id,
            new DecisionInput { Source = AdoptedTextSource.Proposal, Unanimous = true }
        );
        _meeting.Decide(
            _roster,
            _rules,
            _meeting.Item("01.24").Id,
            new DecisionInput { Source = AdoptedTextSource.Proposal, Unanimous = true }
        );
        _meeting.DraftMinutes(_roster);

        var all = MinutesBuilder.Build(_meeting, "Partnerskapsmøtet", Audiences.AllMembers, Now);
        var municipal = MinutesBuilder.Build(_meeting, "Partnerskapsmøtet", Audiences.MunicipalRepresentatives, Now);

        Assert.Equal(["01.24"], all.Decisions.Select(d => d.CaseNumber));
        Assert.Equal(["01.24", "08.24"], municipal.Decisions.Select(d => d.CaseNumber));
        Assert.Equal(["Anne Elverum"], municipal.Decisions[1].Disqualified);
        var gjovik = all.Attendees.Single(a => a.Name == "Per Gjøvik");
        Assert.Equal(("proxy-given", "Kari Hamar"), (gjovik.Attendance, gjovik.ProxyHolder));
        Assert.Equal("present", all.Attendees.Single(a => a.Name == "Kari Hamar").Attendance);
        Assert.Equal(
            ("present", "til kl. 16:30"),
            (
                all.Attendees.Single(a => a.Name == "Ola Sykehus").Attendance,
                all.Attendees.Single(a => a.Name == "Ola Sykehus").PartlyAbsent
            )
        );
        Assert.Equal("absent", all.Attendees.Single(a => a.Name == "Eva Sykehus").Attendance);
        Assert.DoesNotContain(all.Attendees, a => a.Name == "Første Vara");
        // 08.24 is decided by the municipal representatives alone: Kari Hamar and the proxy she holds; not Ola Sykehus.
        Assert.Equal((4, 2), (all.Decisions[0].VotesEntitled, municipal.Decisions[1].VotesEntitled));
        Assert.Equal((5, 3), (all.Decisions[0].VotingSeats, municipal.Decisions[1].VotingSeats));
        Assert.Equal(
            (null, "Kommunenes representanter"),
            (all.Decisions[0].DecidedBy, municipal.Decisions[1].DecidedBy)
        );
    }

    [Fact]
    public void Minutes_keep_how_each_decision_was_made_and_the_proceedings()
    {
        _meeting.Decide(
            _roster,
            _rules,
            _meeting.Item("06.24").Id,
            new DecisionInput
            {
                Source = AdoptedTextSource.Alternative,
                AlternativeNumber = 1,
                VotesFor = 3,
                VotesAgainst = 1,
                VotesBlank = 0,
            }
        );
        _meeting.Decide(
            _roster,
            _rules,
            _meeting.Item("05.24").Id,
            new DecisionInput
            {
                Source = AdoptedTextSource.Amended,
                AmendedText =
                    "Partnerskapsmøtet ber SSU sikre forankring og etterlevelse av avtalen, og rapportere i 2025.",
                Amendment = "Forslag fra Kari Hamar: tillegg «og rapportere i 2025».",
                Unanimous = true,
            }
        );
        var presentation = _meeting.Items.Single(i => i.Kind == AgendaItemKind.Presentation);
        var eventuelt = _meeting.Items.Single(i => i.Kind == AgendaItemKind.AnyOtherBusiness);
        _meeting.RecordProceedings(
            new MinutesProceedings
            {
                ActualStart = "16:20",
                ActualEnd = "17:50",
                ItemNotes = new Dictionary<string, string>
                {
                    [presentation.Id.ToString()] = "Gode erfaringer.",
                    [eventuelt.Id.ToString()] = "NTNU orienterte.",
                },
            }
        );
        var badEnd = Assert.Throws<ValidationFailedException>(() =>
            _meeting.RecordProceedings(new MinutesProceedings { ActualEnd = "16:00" })
        );
        var onCase = Assert.Throws<ValidationFailedException>(() =>
            _meeting.RecordProceedings(
                new MinutesProceedings
                {
                    ItemNotes = new Dictionary<string, string> { [_meeting.Item("05.24").Id.ToString()] = "x" },
                }
            )
        );

        var minutes = MinutesBuilder.Build(_meeting, "Partnerskapsmøtet", Audiences.AllMembers, Now);

        var alternative = minutes.Decisions.Single(d => d.CaseNumber == "06.24");
        var amended = minutes.Decisions.Single(d => d.CaseNumber == "05.24");
        Assert.Equal(
            ("alternative", 1, 3, 1),
            (alternative.Source, alternative.AlternativeNumber, alternative.VotesFor, alternative.VotesAgainst)
        );
        Assert.StartsWith("Alternativ 1: ", alternative.ProposedText);
        Assert.Equal(
            ("amended", "Forslag fra Kari Hamar: tillegg «og rapportere i 2025».", true),
            (amended.Source, amended.Amendment, amended.Unanimous)
        );
        Assert.StartsWith("Partnerskapsmøtet ber Strategisk samarbeidsutvalg sikre forankring", amended.ProposedText);
        Assert.Equal(
            ("16:20", "17:50"),
            (NorwegianText.Time(minutes.ActualStartsAt!.Value), NorwegianText.Time(minutes.ActualEndsAt!.Value))
        );
        Assert.Equal(
            ("Gode erfaringer.", "Jonas Sjømæling, samhandlingsleder helse, kommunene i nordre Trøndelag"),
            (minutes.Presentations.Single().Notes, minutes.Presentations.Single().Presenter)
        );
        Assert.Equal(
            ("NTNU og Universitetet I Oslo - etablerer medisinutdanning i Innlandet", "NTNU orienterte."),
            (minutes.AnyOtherBusiness.Single().Topic, minutes.AnyOtherBusiness.Single().Notes)
        );
        Assert.Equal("actual_end", badEnd.Errors.Single().Field);
        Assert.Equal("item_notes", onCase.Errors.Single().Field);
    }

    [Fact]
    public void The_notice_for_all_members_holds_no_trace_of_the_restricted_case()
    {
        var seed = SeedAgenda.Build();
        seed.IssueNotice();

        var all = NoticeBuilder.Build(seed, "Partnerskapsmøtet", Audiences.AllMembers, Now);
        var municipal = NoticeBuilder.Build(seed, "Partnerskapsmøtet", Audiences.MunicipalRepresentatives, Now);
        var allJson = System.Text.Json.JsonSerializer.Serialize(all);

        Assert.Equal(9, all.Items.Count);
        Assert.DoesNotContain("08.24", allJson);
        Assert.DoesNotContain("kommunalt budsjett", allJson);
        Assert.DoesNotContain("00000000-0000-0000-0000-000000000801", allJson);
        Assert.Equal(10, municipal.Items.Count);
        Assert.Equal(
            ("08.24", "17:40", "17:55"),
            (municipal.Items[9].CaseNumber, municipal.Items[9].StartsAt, municipal.Items[9].EndsAt)
        );
        Assert.Equal("17:40", all.EstimatedEnd);
        Assert.Equal(["Alternativ 1", "Alternativ 2"], municipal.Items[6].Alternatives.Select(a => a.Label));
    }

    [Fact]
    public void A_reissue_goes_only_to_the_audiences_that_can_see_the_change_each_with_its_own_version()
    {
        var seed = SeedAgenda.Build();
        seed.IssueNotice();
        var allFirst = NoticeBuilder.NextVersion(null, NoticeBuilder.Build(seed, "P", Audiences.AllMembers, Now))!;
        var municipalFirst = NoticeBuilder.NextVersion(
            null,
            NoticeBuilder.Build(seed, "P", Audiences.MunicipalRepresentatives, Now)
        )!;
        var budget = seed.Item("08.24");
        seed.UpdateItem(budget.Id, budget.Content with { DurationMinutes = 20 });
        seed.IssueNotice();

        var all = NoticeBuilder.NextVersion(
            allFirst,
            NoticeBuilder.Build(seed, "P", Audiences.AllMembers, Now.AddHours(1))
        );
        var municipal = NoticeBuilder.NextVersion(
            municipalFirst,
            NoticeBuilder.Build(seed, "P", Audiences.MunicipalRepresentatives, Now.AddHours(1))
        );

        Assert.Equal((1, 1), (allFirst.NoticeVersion, municipalFirst.NoticeVersion));
        Assert.Null(all);
        Assert.Equal((2, 20), (municipal!.NoticeVersion, municipal.Items[9].DurationMinutes));
    }

    [Fact]
    public void A_follow_up_comes_from_a_decision_and_keeps_the_case_audience()
    {
        var budget = _meeting.Item("08.24");

        Assert.Throws<InvalidStateException>(() =>
            FollowUp.Create(_meeting, budget.Id, "Send budsjett", "Sekretariatet", null)
        );
        _meeting.Decide(
            _roster,
            _rules,
            budget.Id,
            new DecisionInput { Source = AdoptedTextSource.Proposal, Unanimous = true }
        );
        var followUp = FollowUp.Create(
            _meeting,
            budget.Id,
            "Send budsjett til kommunene",
            "Sekretariatet",
            new DateOnly(2024, 12, 1)
        );
        followUp.Update(followUp.Description, followUp.Owner, followUp.DueDate, FollowUpStatus.Done);

        Assert.Equal(
            ("08.24", Audiences.MunicipalRepresentatives, FollowUpStatus.Done),
            (followUp.CaseNumber, followUp.Audience, followUp.Status)
        );
    }

    private static Meeting HeldMeeting(ArenaRoster _roster)
    {
        var meeting = SeedAgenda.Build();
        meeting.IssueNotice();
        foreach (var member in new[] { Members.Hamar, Members.Elverum, Members.Hospital1 })
            meeting.RecordAttendance(_roster, member.MemberId, present: true, SeedAgenda.StartsAt);
        meeting.GiveProxy(
            _roster,
            ArenaRules.Default(SeedAgenda.ArenaId),
            Members.Gjovik.MemberId,
            Members.Hamar.MemberId
        );
        meeting.MarkHeld(SeedAgenda.StartsAt);
        return meeting;
    }
}
