using System.Text.RegularExpressions;

namespace Hfi.Planning.Domain.Plans.Import;

/// <summary>
/// Reads one planned topic and its (B)/(D)/(O) marks. A topic that lists several marked points in one line
/// ("Strategiske satsninger - … - Modell for … (B) - Tilskuddsmidler - … (D) - Handlingsdel - status") keeps its text
/// as written and gets the points with their marks.
/// </summary>
public static partial class TopicParser
{
    [GeneratedRegex(@"\s*\((?<mark>[BDO])\)", RegexOptions.IgnoreCase)]
    private static partial Regex MarkPattern();

    public static PlannedTopic Parse(string text)
    {
        var topic = text.Trim();
        var marks = MarkPattern().Matches(topic);
        if (marks.Count == 0)
            return new PlannedTopic(topic, null, []);
        if (marks.Count == 1 && marks[0].Index + marks[0].Length == topic.Length)
            return new PlannedTopic(topic, MarkOf(marks[0]), []);

        var points = new List<TopicPoint>();
        var position = 0;
        foreach (Match mark in marks)
        {
            var segment = topic[position..mark.Index];
            // The first segment starts with the topic's heading: its point is what follows the last " - ".
            var pointText =
                position == 0 && segment.LastIndexOf(" - ", StringComparison.Ordinal) is var dash and >= 0
                    ? segment[(dash + 3)..]
                    : segment;
            points.Add(new TopicPoint(TrimDash(pointText), MarkOf(mark)));
            position = mark.Index + mark.Length;
        }
        var tail = TrimDash(topic[position..]);
        if (tail.Length > 0)
            points.Add(new TopicPoint(tail, null));
        return new PlannedTopic(topic, null, points);
    }

    private static TopicMark MarkOf(Match mark) =>
        char.ToUpperInvariant(mark.Groups["mark"].Value[0]) switch
        {
            'B' => TopicMark.Decision,
            'D' => TopicMark.Discussion,
            _ => TopicMark.Information,
        };

    private static string TrimDash(string text) => text.Trim().TrimStart('-', '–').Trim();
}
