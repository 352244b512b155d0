using Hfi.Contracts;
using Hfi.Meetings.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Meetings.Tests.Domain;

public sealed class AgendaTests
{
    private static readonly DateTimeOffset Start = SeedAgenda.StartsAt;

    [Fact]
    public void A_new_meeting_opens_with_the_standard_steps_and_ends_with_eventuelt()
    {
        var meeting = SeedAgenda.Build();
        var first = meeting.OrderedItems.Where(i => i.IsCase).Take(2).ToList();

        Assert.Equal(["01.24", "02.24"], first.Select(i => i.CaseNumber));
        Assert.Equal("Godkjenning av innkalling og saksliste", first[0].Title);
        Assert.Equal("Innkalling og saksliste godkjennes.", first[0].ProposedResolution);
        Assert.Equal("Sekretariatet gis fullmakt til å telle antall stemmeberettigede.", first[1].ProposedResolution);
        Assert.DoesNotContain(meeting.Items, i => i.StandardStep == StandardStep.ApprovePreviousMinutes);
    }

    [Fact]
    public void With_a_previous_meeting_its_minutes_are_approved_as_the_third_case()
    {
        var numbers = CaseNumberSequence.Start("ssu", 2025);
        var previous = new PreviousMeeting(Guid.NewGuid(), OsloTime.At(new DateOnly(2025, 2, 13), new TimeOnly(9, 0)));
        var meeting = Meeting.Create(
            Details("ssu", OsloTime.At(new DateOnly(2025, 4, 3), new TimeOnly(9, 0))),
            numbers,
            previous
        );

        var third = meeting.Item("03.25");

        Assert.Equal(StandardStep.ApprovePreviousMinutes, third.StandardStep);
        Assert.Equal("Godkjenning av protokoll fra møtet 13.02.2025", third.Title);
    }

    [Fact]
    public void Cases_are_numbered_per_arena_and_year_in_creation_order_and_numbers_are_never_reused()
    {
        var numbers = CaseNumberSequence.Start("ssu", 2025);
        var first = Meeting.Create(
            Details("ssu", OsloTime.At(new DateOnly(2025, 2, 13), new TimeOnly(9, 0))),
            numbers,
            null
        );
        var withdrawn = first.AddItem(Case("Trukket sak"), numbers);
        first.WithdrawItem(withdrawn.Id);
        var second = Meeting.Create(
            Details("ssu", OsloTime.At(new DateOnly(2025, 4, 3), new TimeOnly(9, 0))),
            numbers,
            null
        );
        var next = second.AddItem(Case("Neste sak"), numbers);

        Assert.Equal("03.25", withdrawn.CaseNumber);
        Assert.True(withdrawn.Withdrawn);
        Assert.Equal(["04.25", "05.25"], second.Items.Where(i => i.IsCase && i != next).Select(i => i.CaseNumber));
        Assert.Equal("06.25", next.CaseNumber);
    }

    [Fact]
    public void Numbers_of_another_arena_or_year_are_refused()
    {
        Assert.Throws<ArgumentException>(() =>
            Meeting.Create(Details("ssu", Start), CaseNumberSequence.Start("ssu", 2025), null)
        );
    }

    [Fact]
    public void Reordering_changes_the_display_order_without_renumbering()
    {
        var meeting = SeedAgenda.Build();
        var ids = meeting.OrderedItems.Select(i => i.Id).ToList();
        var swapped = new List<Guid>(ids);
        (swapped[4], swapped[5]) = (swapped[5], swapped[4]);

        meeting.Reorder(swapped);
        var order = meeting.OrderedItems.Select(i => i.CaseNumber ?? i.Title[..5]).ToList();

        Assert.Equal(["Erfar", "01.24", "02.24", "03.24", "05.24", "04.24", "06.24", "07.24", "Event", "08.24"], order);
    }

    [Fact]
    public void Eventuelt_stays_last_for_all_members_and_restricted_items_come_after_it()
    {
        var meeting = SeedAgenda.Build();
        var ids = meeting.OrderedItems.Select(i => i.Id).ToList();

        var eventueltFirst = Assert.Throws<ValidationFailedException>(() =>
            meeting.Reorder([ids[8], .. ids.Where(id => id != ids[8])])
        );
        var restrictedFirst = Assert.Throws<ValidationFailedException>(() => meeting.Reorder([ids[9], .. ids.Take(9)]));
        var added = meeting.AddItem(Case("Ny sak"), CaseNumberSequence.Start(SeedAgenda.ArenaId, 2024));

        Assert.Equal("item_ids", eventueltFirst.Errors.Single().Field);
        Assert.Equal("item_ids", restrictedFirst.Errors.Single().Field);
        Assert.Equal(
            ["Eventuelt", SeedAgenda.MunicipalBudget.Title],
            meeting.OrderedItems.TakeLast(2).Select(i => i.Title)
        );
        Assert.Equal(added, meeting.OrderedItems.ElementAt(8));
    }

    [Fact]
    public void A_proposal_has_numbered_points_or_alternatives_and_bad_content_is_refused_naming_each_field()
    {
        var bad = Case("Sak") with
        {
            ResolutionPoints = ["Punkt"],
            Alternatives = ["Alternativ"],
            QuestionMinutes = 5,
            DurationMinutes = -1,
            Audience = "everyone",
        };

        var error = Assert.Throws<ValidationFailedException>(() => bad.Validated());

        Assert.Equal(
            ["duration_minutes", "question_minutes", "audience", "alternatives", "alternatives"],
            error.Errors.Select(e => e.Field)
        );
    }

    [Fact]
    public void Eventuelt_cannot_be_restricted_or_added_twice()
    {
        var meeting = SeedAgenda.Build();
        var aob = new AgendaItemContent { Kind = AgendaItemKind.AnyOtherBusiness, Title = "Eventuelt" };

        var twice = Assert.Throws<ValidationFailedException>(() =>
            meeting.AddItem(aob, CaseNumberSequence.Start(SeedAgenda.ArenaId, 2024))
        );
        var restricted = Assert.Throws<ValidationFailedException>(() =>
            (aob with { Audience = Audiences.MunicipalRepresentatives }).Validated()
        );

        Assert.Equal("kind", twice.Errors.Single().Field);
        Assert.Equal("audience", restricted.Errors.Single().Field);
    }

    [Fact]
    public void Changes_after_the_notice_are_versioned_and_told_to_the_narrowest_audience()
    {
        var meeting = SeedAgenda.Build();
        meeting.IssueNotice();
        var restricted = meeting.Item("08.24");
        var common = meeting.Item("04.24");

        meeting.UpdateItem(restricted.Id, restricted.Content with { DurationMinutes = 20 });
        meeting.UpdateItem(common.Id, common.Content with { DurationMinutes = 25 });

        Assert.Equal((2, 3), (meeting.AgendaVersion, meeting.MunicipalAgendaVersion));
        Assert.Equal(
            [(2, Audiences.MunicipalRepresentatives), (2, Audiences.AllMembers)],
            meeting.Changes.Select(c => (c.AgendaVersion, c.Audience))
        );
        Assert.Equal(
            "Sak 04.24 Strategiplan Helsefellesskap Innlandet 2022-2026 – strategiske satsninger og revidering har fått ny varighet (25 min).",
            meeting.Changes[1].Summary
        );
        Assert.Throws<InvalidStateException>(() =>
            meeting.UpdateItem(common.Id, common.Content with { Audience = Audiences.MunicipalRepresentatives })
        );
    }

    [Fact]
    public void A_change_to_the_restricted_case_leaves_the_version_all_members_see_unchanged()
    {
        var meeting = SeedAgenda.Build();
        meeting.IssueNotice();
        var budget = meeting.Item("08.24");

        meeting.UpdateItem(budget.Id, budget.Content with { DurationMinutes = 20 });
        meeting.WithdrawItem(budget.Id);

        Assert.Equal(1, meeting.AgendaVersionFor(Audiences.AllMembers));
        Assert.Equal(3, meeting.AgendaVersionFor(Audiences.MunicipalRepresentatives));
        Assert.Equal([2, 3], meeting.Changes.Select(c => c.AgendaVersion));
        Assert.All(meeting.Changes, c => Assert.Equal(Audiences.MunicipalRepresentatives, c.Audience));
        Assert.Equal(2, meeting.IssueNotice());
    }

    [Fact]
    public void Changes_before_the_notice_are_not_announced()
    {
        var meeting = SeedAgenda.Build();

        Assert.Empty(meeting.Changes);
        Assert.Equal(1, meeting.AgendaVersion);
    }

    private static MeetingDetails Details(string arenaId, DateTimeOffset start) =>
        new()
        {
            ArenaId = arenaId,
            Title = "Møte",
            StartsAt = start,
            EndsAt = start.AddHours(3),
        };

    private static AgendaItemContent Case(string title) =>
        new()
        {
            Kind = AgendaItemKind.Case,
            Title = title,
            DurationMinutes = 10,
        };
}
