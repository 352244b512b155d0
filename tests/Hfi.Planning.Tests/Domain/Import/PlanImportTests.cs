using Hfi.Planning.Domain;
using Hfi.Planning.Domain.Plans;
using Hfi.Planning.Domain.Plans.Import;
using Hfi.Planning.Tests.Seeds;
using Hfi.ServiceDefaults.Domain;

namespace Hfi.Planning.Tests.Domain.Import;

public sealed class PlanImportTests
{
    private const string Header = "Samhandlingsarenaer\tHelseregioner\tDag\tDato\tKlokkeslett\tSted\tSaker";

    private static PlanImportResult Import(string text, int year = 2025) =>
        PlanImport.Read(
            PlanTableParser.Parse(SourceLine.FromPastedText(text)),
            year,
            Organisation.StandingArenas,
            Organisation.Regions
        );

    private static string Table(params string[] rows) => string.Join('\n', [Header, .. rows]);

    [Fact]
    public void The_seed_plan_gives_thirteen_meetings_seven_dialogue_five_ssu_one_partnership()
    {
        var result = Import(SeedPlan.Text2025);

        Assert.Equal(13, result.Meetings.Count);
        Assert.Equal(7, result.Meetings.Count(m => m.ArenaId!.StartsWith("dialogmote-", StringComparison.Ordinal)));
        Assert.Equal(5, result.Meetings.Count(m => m.ArenaId == "ssu"));
        Assert.Single(result.Meetings, m => m.ArenaId == "partnerskapsmotet");
        Assert.Equal(
            [
                ("sor-osterdal", "Elverum"),
                ("nord-osterdal", "Tynset"),
                ("hamar", "Brumunddal"),
                ("gjovik-hadeland", "Gjøvik"),
                ("valdres", "Fagernes"),
                ("nord-gudbrandsdal", "Otta"),
                ("sor-gudbrandsdal", "Ringebu"),
            ],
            result
                .Meetings.Where(m => m.ArenaId!.StartsWith("dialogmote-", StringComparison.Ordinal))
                .Select(m => (m.RegionId!, m.Place!))
        );
    }

    [Fact]
    public void The_seed_plan_warns_only_about_the_22_may_time()
    {
        var result = Import(SeedPlan.Text2025);

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(WarningCodes.EndNotAfterStart, warning.Code);
        var may = result.Meetings.Single(m => m.Date.First == new DateOnly(2025, 5, 22));
        Assert.Equal(may.SourceRow, warning.Row);
        Assert.Equal(48, warning.Row);
    }

    [Fact]
    public void The_seed_plans_march_meeting_spans_two_days_and_the_partnership_meeting_is_anchored_to_ks()
    {
        var result = Import(SeedPlan.Text2025);

        var march = result.Meetings.Single(m => m.Date.Text == "12.-13. mars 2025");
        Assert.Equal(
            (DateKind.Range, new DateOnly(2025, 3, 12), new DateOnly(2025, 3, 13)),
            (march.Date.Kind, march.Date.First!.Value, march.Date.Last!.Value)
        );
        Assert.Equal("Hamar", march.Place);

        var partnership = result.Meetings.Single(m => m.ArenaId == "partnerskapsmotet");
        Assert.Equal(DateKind.Anchored, partnership.Date.Kind);
        Assert.Equal("KS høstkonferanse", partnership.Date.Anchor);
        Assert.Equal(
            (new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 31)),
            (partnership.Date.First!.Value, partnership.Date.Last!.Value)
        );
        Assert.Equal(
            (new TimeOnly(16, 0), new TimeOnly(18, 0)),
            (partnership.Time.Start!.Value, partnership.Time.End!.Value)
        );
        Assert.Equal((PlaceKind.ToBeDecided, null), (partnership.PlaceKind, partnership.Place));
        Assert.Equal(PlannedMeetingStatus.Tentative, partnership.Status);
    }

    [Fact]
    public void The_seed_plans_13_february_meeting_keeps_its_five_topics_and_marks()
    {
        var february = Import(SeedPlan.Text2025).Meetings.Single(m => m.Date.First == new DateOnly(2025, 2, 13));

        Assert.Equal(5, february.Topics.Count);
        Assert.Equal("Dialogmøter - program og plan", february.Topics[0].Text);
        Assert.Equal(
            [TopicMark.Decision, TopicMark.Decision, TopicMark.Decision, TopicMark.Discussion, (TopicMark?)null],
            february.Topics[4].Points.Select(p => p.Mark)
        );
        Assert.Contains("(D)", february.Topics[4].Text, StringComparison.Ordinal);
        Assert.Equal(
            ("Torsdag", new TimeOnly(10, 0), 240),
            (february.Weekday!, february.Time.Start!.Value, february.Time.DurationMinutes!.Value)
        );
    }

    [Fact]
    public void Dialogue_meetings_of_the_seed_are_two_hour_windows_in_august_and_september()
    {
        var dialogue = Import(SeedPlan.Text2025)
            .Meetings.Where(m => m.ArenaId!.StartsWith("dialogmote-", StringComparison.Ordinal))
            .ToList();

        Assert.All(
            dialogue,
            m =>
            {
                Assert.Equal(DateKind.Window, m.Date.Kind);
                Assert.Equal(
                    (new DateOnly(2025, 8, 1), new DateOnly(2025, 9, 30)),
                    (m.Date.First!.Value, m.Date.Last!.Value)
                );
                Assert.Equal(120, m.Time.DurationMinutes);
            }
        );
        Assert.Equal(["Fri dialog og strategiske drøftinger"], dialogue[0].Topics.Select(t => t.Text));
    }

    [Fact]
    public void A_weekday_that_does_not_match_the_date_is_a_warning_on_its_row()
    {
        var result = Import(
            Table(
                "Strategisk samarbeidsutvalg\t\tFredag\t13.feb.25\t10:00-14:00\tHamar\tBudsjett (B)",
                "\t\tOnsdag\t12.-13. mars 2025\t10:00-14:00\tHamar\t",
                "\t\tfredagen\t14.mars.25\t10:00-14:00\tHamar\t"
            )
        );

        Assert.Equal(
            [(2, WarningCodes.WeekdayMismatch), (4, WarningCodes.UnknownWeekday)],
            result.Warnings.Select(w => (w.Row, w.Code))
        );
        Assert.Contains("torsdag", result.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Equal(3, result.Meetings.Count);
    }

    [Fact]
    public void Week_numbers_and_windows_across_months_become_tentative_windows()
    {
        var result = Import(
            Table(
                "Arbeidsutvalget\t\t\tuke 35\t2 timer\tTeams\tForberede dialogmøter",
                "\t\t\tsept/okt\t1,5 timer\tkommer\t",
                "\t\t\tuke 51-2\t\t\t"
            )
        );

        Assert.Equal(2, result.Meetings.Count(m => m.Date.Kind == DateKind.Window));
        var week = result.Meetings[0];
        Assert.Equal(
            (new DateOnly(2025, 8, 25), new DateOnly(2025, 8, 31), PlaceKind.Digital),
            (week.Date.First!.Value, week.Date.Last!.Value, week.PlaceKind)
        );
        Assert.Equal(
            (new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 31), 90),
            (
                result.Meetings[1].Date.First!.Value,
                result.Meetings[1].Date.Last!.Value,
                result.Meetings[1].Time.DurationMinutes!.Value
            )
        );
        Assert.All(result.Meetings.Take(2), m => Assert.Equal(PlannedMeetingStatus.Tentative, m.Status));
        Assert.Equal((4, WarningCodes.UnreadableDate), (result.Warnings.Single().Row, result.Warnings.Single().Code));
        Assert.Equal((DateKind.Unknown, "uke 51-2"), (result.Meetings[2].Date.Kind, result.Meetings[2].Date.Text));
    }

    [Fact]
    public void Bad_rows_are_kept_with_what_could_be_read_and_each_problem_named()
    {
        var result = Import(
            Table(
                "Dialogmøte\tKongsvinger\t\taug/sept\t2 timer\tKongsvinger\tFri dialog",
                "Fagråd for rus\t\tTorsdag\t31.feb.25\tformiddag\tHamar\t",
                "Strategisk samarbeidsutvalg\tHamar\t\t13.feb.24\t10:00-09:00\tBrumunddal\t"
            )
        );

        Assert.Equal(3, result.Meetings.Count);
        Assert.Equal(
            [
                (2, WarningCodes.UnknownRegion),
                (2, WarningCodes.UnknownArena),
                (3, WarningCodes.UnknownArena),
                (3, WarningCodes.UnreadableDate),
                (3, WarningCodes.UnreadableTime),
                (4, WarningCodes.YearMismatch),
                (4, WarningCodes.EndNotAfterStart),
            ],
            result.Warnings.Select(w => (w.Row, w.Code))
        );
        var kongsvinger = result.Meetings[0];
        Assert.Equal(
            (null, "Dialogmøte", "Kongsvinger", "Kongsvinger"),
            (kongsvinger.ArenaId, kongsvinger.ArenaText, kongsvinger.RegionText, kongsvinger.Place)
        );
        Assert.Equal(("31.feb.25", "formiddag"), (result.Meetings[1].Date.Text, result.Meetings[1].Time.Text));
        Assert.Equal(("ssu", "hamar"), (result.Meetings[2].ArenaId, result.Meetings[2].RegionId));
    }

    [Fact]
    public void Stray_lines_and_topics_without_a_meeting_are_named_not_dropped_silently()
    {
        var result = Import(
            "Årsplan 2025\n"
                + Table(
                    "\t\t\t\t\t\tEn sak uten møte",
                    "Årsplan 2025",
                    "Et notat midt i tabellen",
                    "SSU\t\tTorsdag\t13.feb.25\t10:00-14:00\tBrumunddal\tBudsjett"
                )
        );

        Assert.Equal(
            [(3, WarningCodes.TopicWithoutMeeting), (5, WarningCodes.IgnoredLine)],
            result.Warnings.Select(w => (w.Row, w.Code))
        );
        Assert.Equal("ssu", Assert.Single(result.Meetings).ArenaId);
    }

    [Fact]
    public void Repeated_rows_get_distinct_import_keys_that_are_stable_across_reads()
    {
        var table = Table("Arbeidsutvalget\t\t\tsept/okt\t2 timer\tTeams\t", "\t\t\tsept/okt\t2 timer\tTeams\t");

        var first = Import(table).Meetings.Select(m => m.ImportKey).ToList();
        var second = Import(table).Meetings.Select(m => m.ImportKey).ToList();

        Assert.Equal(2, first.Distinct().Count());
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_table_without_a_header_row_is_refused()
    {
        var error = Assert.Throws<ValidationFailedException>(() =>
            Import("SSU\t\tTorsdag\t13.feb.25\t10:00-14:00\tBrumunddal\tBudsjett")
        );

        Assert.Equal("table", Assert.Single(error.Errors).Field);
    }
}
