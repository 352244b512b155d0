using Hfi.Planning.Domain.Plans;
using Hfi.Planning.Domain.Plans.Import;

namespace Hfi.Planning.Tests.Domain.Import;

public sealed class TimeAndTopicParserTests
{
    [Theory]
    [InlineData("10:00-14:00", "10:00", "14:00", 240)]
    [InlineData("kl. 10.00 – 14.30", "10:00", "14:30", 270)]
    [InlineData("16-18", "16:00", "18:00", 120)]
    public void Reads_time_ranges(string text, string start, string end, int minutes)
    {
        var result = TimeTextParser.Parse(text);

        Assert.Null(result.Code);
        Assert.Equal(
            (TimeOnly.Parse(start), TimeOnly.Parse(end), minutes),
            (result.Time.Start!.Value, result.Time.End!.Value, result.Time.DurationMinutes!.Value)
        );
    }

    [Theory]
    [InlineData("2 timer", 120)]
    [InlineData("1,5 timer", 90)]
    [InlineData("1 time", 60)]
    [InlineData("90 min", 90)]
    public void Reads_a_duration_alone(string text, int minutes)
    {
        var result = TimeTextParser.Parse(text);

        Assert.Null(result.Code);
        Assert.Null(result.Time.Start);
        Assert.Equal(minutes, result.Time.DurationMinutes);
    }

    [Fact]
    public void An_end_not_after_the_start_is_a_warning_keeping_the_start()
    {
        var result = TimeTextParser.Parse("12:00-12:00");

        Assert.Equal(WarningCodes.EndNotAfterStart, result.Code);
        Assert.Equal(new TimeOnly(12, 0), result.Time.Start);
        Assert.Null(result.Time.End);
        Assert.Equal("12:00-12:00", result.Time.Text);
    }

    [Theory]
    [InlineData("25:00-26:00")]
    [InlineData("formiddag")]
    [InlineData("0 timer")]
    public void An_unreadable_time_is_kept_as_written_with_a_warning(string text)
    {
        var result = TimeTextParser.Parse(text);

        Assert.Equal(WarningCodes.UnreadableTime, result.Code);
        Assert.Equal(text, result.Time.Text);
        Assert.Null(result.Time.Start);
    }

    [Fact]
    public void A_topic_keeps_its_trailing_mark()
    {
        var topic = TopicParser.Parse(" Budsjett 2026 (B) ");

        Assert.Equal(("Budsjett 2026 (B)", TopicMark.Decision), (topic.Text, topic.Mark));
        Assert.Empty(topic.Points);
        Assert.Null(TopicParser.Parse("Samarbeidsavtalen - status avvik").Mark);
    }

    [Fact]
    public void A_topic_listing_marked_points_keeps_each_point_and_mark()
    {
        const string text =
            "Strategiske satsninger - iverksette, drøfte, følge opp, beslutte, implementere - Modell for beregning av gevinst og eventuell fordeling av gevinst (B) - Prioritering av rekruttering - og samhandlingsmidler (B) - Videreføre gode pasientforløp og forslag til fagutvalg (B) - Tilskuddsmidler - forslag til samhandling mellom partnerne ved søknader (D) - Handlingsdel - status";

        var topic = TopicParser.Parse(text);

        Assert.Equal(text, topic.Text);
        Assert.Equal(
            [
                ("Modell for beregning av gevinst og eventuell fordeling av gevinst", (TopicMark?)TopicMark.Decision),
                ("Prioritering av rekruttering - og samhandlingsmidler", TopicMark.Decision),
                ("Videreføre gode pasientforløp og forslag til fagutvalg", TopicMark.Decision),
                ("Tilskuddsmidler - forslag til samhandling mellom partnerne ved søknader", TopicMark.Discussion),
                ("Handlingsdel - status", null),
            ],
            topic.Points.Select(p => (p.Text, p.Mark))
        );
    }

    [Theory]
    [InlineData("kommer", PlaceKind.ToBeDecided, null)]
    [InlineData("", PlaceKind.ToBeDecided, null)]
    [InlineData("Teams", PlaceKind.Digital, "Teams")]
    [InlineData("Brumunddal", PlaceKind.Physical, "Brumunddal")]
    public void Reads_places(string text, PlaceKind kind, string? place) =>
        Assert.Equal((kind, place), Places.Read(text));
}
