// The parts of bench/run.sh that talk to the running system through its gateway: seeding what the loads read, and
// timing a notice end to end. Tokens are signed with the system's development key, as the system tests sign theirs.
// Usage (from bench/run.sh):
//   Hfi.SystemBench seed <gateway> <data-directory> <members>
//     prints MEETING_ID=… and MEMBER_TOKEN=… (shell assignments) once an arena with that many members and a meeting
//     with the 8 cases of the seed notice exist
//   Hfi.SystemBench notice <gateway> <data-directory> <meeting-id> <recipients>
//     issues the meeting's notice and prints the seconds until the last of its e-mails is in the mail catcher's maildir
//   Hfi.SystemBench rate <url> <token> <requests-per-second> <seconds> <connections>
//     GETs the url at an evenly spaced fixed rate (open loop) and prints its latencies from each request's due time
using System.Globalization;
using Hfi.SystemBench;

if (args is ["seed", var gateway, var dataDirectory, var members])
{
    var tokens = BenchTokens.ForDataDirectory(dataDirectory);
    var seeded = await Seed.RunAsync(new Uri(gateway), tokens, int.Parse(members, CultureInfo.InvariantCulture));
    Console.WriteLine($"MEETING_ID={seeded.MeetingId}");
    Console.WriteLine($"MEMBER_TOKEN={tokens.MunicipalMember}");
    return 0;
}

if (args is ["notice", var noticeGateway, var noticeDataDirectory, var meetingId, var recipients])
{
    var tokens = BenchTokens.ForDataDirectory(noticeDataDirectory);
    return await NoticeTiming.RunAsync(
        new Uri(noticeGateway),
        tokens,
        meetingId,
        Path.Combine(noticeDataDirectory, "mail", "maildir"),
        int.Parse(recipients, CultureInfo.InvariantCulture)
    );
}

if (args is ["rate", var url, var token, var rate, var seconds, var connections])
{
    return await FixedRate.RunAsync(
        new Uri(url),
        token,
        int.Parse(rate, CultureInfo.InvariantCulture),
        int.Parse(seconds, CultureInfo.InvariantCulture),
        int.Parse(connections, CultureInfo.InvariantCulture)
    );
}

Console.Error.WriteLine("usage: Hfi.SystemBench seed <gateway> <data-directory> <members>");
Console.Error.WriteLine("       Hfi.SystemBench notice <gateway> <data-directory> <meeting-id> <recipients>");
Console.Error.WriteLine("       Hfi.SystemBench rate <url> <token> <requests-per-second> <seconds> <connections>");
return 2;
