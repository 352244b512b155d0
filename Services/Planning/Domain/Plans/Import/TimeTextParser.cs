using System.Globalization;
using System.Text.RegularExpressions;
using Hfi.ServiceDefaults.Norwegian;

namespace Hfi.Planning.Domain.Plans.Import;

/// <summary>
/// Reads the plan's time column: "10:00-14:00", "kl. 10.00–14.00", "10:00", or a duration alone ("2 timer", "90 min").
/// </summary>
public static partial class TimeTextParser
{
    [GeneratedRegex(@"^(?:kl\.?\s*)?(?<h1>\d{1,2})(?:[:.](?<m1>\d{2}))?\s*-\s*(?<h2>\d{1,2})(?:[:.](?<m2>\d{2}))?$")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"^(?:kl\.?\s*)?(?<h>\d{1,2})[:.](?<m>\d{2})$")]
    private static partial Regex StartPattern();

    [GeneratedRegex(@"^(?<n>\d+(?:[,.]\d+)?)\s*(?<unit>timer|time|t|min|minutter|minutt)\.?$")]
    private static partial Regex DurationPattern();

    public sealed record Result(MeetingTime Time, string? Code = null, string? Problem = null);

    public static Result Parse(string? text)
    {
        var original = string.Join(
            ' ',
            (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
        );
        if (original.Length == 0)
            return new(MeetingTime.None);
        var normalized = original.ToLowerInvariant().Replace('–', '-').Replace('—', '-');

        if (RangePattern().Match(normalized) is { Success: true } range)
        {
            var start = Clock(range.Groups["h1"].Value, range.Groups["m1"]);
            var end = Clock(range.Groups["h2"].Value, range.Groups["m2"]);
            if (start is null || end is null)
                return Unreadable(original);
            if (end <= start)
            {
                return new(
                    new MeetingTime(original, start, null, null),
                    WarningCodes.EndNotAfterStart,
                    $"Sluttid {NorwegianText.Time(end.Value)} er ikke etter starttid {NorwegianText.Time(start.Value)} («{original}»); bare starttiden er lagret."
                );
            }

            return new(new MeetingTime(original, start, end, (int)(end.Value - start.Value).TotalMinutes));
        }
        if (StartPattern().Match(normalized) is { Success: true } startOnly)
        {
            var start = Clock(startOnly.Groups["h"].Value, startOnly.Groups["m"]);
            return start is null ? Unreadable(original) : new(new MeetingTime(original, start, null, null));
        }
        if (DurationPattern().Match(normalized) is { Success: true } duration)
        {
            var amount = decimal.Parse(duration.Groups["n"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
            var minutes = duration.Groups["unit"].Value.StartsWith('t') ? amount * 60 : amount;
            return minutes is > 0 and <= 24 * 60 && minutes == decimal.Truncate(minutes)
                ? new(new MeetingTime(original, null, null, (int)minutes))
                : Unreadable(original);
        }
        return Unreadable(original);
    }

    private static Result Unreadable(string original) =>
        new(
            new MeetingTime(original, null, null, null),
            WarningCodes.UnreadableTime,
            $"Forstår ikke klokkeslettet «{original}»."
        );

    private static TimeOnly? Clock(string hours, Group minutes)
    {
        var h = int.Parse(hours, CultureInfo.InvariantCulture);
        var m = minutes.Success ? int.Parse(minutes.Value, CultureInfo.InvariantCulture) : 0;
        return h is >= 0 and <= 23 && m is >= 0 and <= 59 ? new TimeOnly(h, m) : null;
    }
}
