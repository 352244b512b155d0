using System.Diagnostics;
using System.Text.Json;

namespace Hfi.Planning.Tests.Support;

/// <summary>
/// Reads a feed with Debian's python3-icalendar, a parser independent of Ical.Net: what Outlook and Google are
/// given must not depend on one library's leniency.
/// </summary>
internal static class PythonCalendar
{
    public sealed record Feed(List<Zone> Timezones, List<Event> Events);

    public sealed record Zone(string Tzid, List<string> Parts, Dictionary<string, string> Offsets);

    public sealed record Event(
        string Uid,
        string Summary,
        string Status,
        int Sequence,
        string Description,
        When Start,
        When? End,
        string? Rrule
    );

    public sealed record When(string? Local, string? Tzid, string? Date);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="probes">Local times (yyyy-MM-ddTHH:mm) whose UTC offset the feed's time zone is asked for.</param>
    public static async Task<Feed> ReadAsync(string ics, params string[] probes)
    {
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Support", "read_calendar.py"));
        foreach (var probe in probes)
            start.ArgumentList.Add(probe);
        using var python = Process.Start(start)!;
        await python.StandardInput.WriteAsync(ics);
        python.StandardInput.Close();
        var output = python.StandardOutput.ReadToEndAsync();
        var errors = python.StandardError.ReadToEndAsync();
        await python.WaitForExitAsync();
        Assert.True(python.ExitCode == 0, $"python3-icalendar could not read the feed: {await errors}");
        return JsonSerializer.Deserialize<Feed>(await output, Json)!;
    }
}
