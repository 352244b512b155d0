// Shows that a list's first page costs the same however many years lie behind it: seeds one year of meetings,
// notices and deliveries (with a 10,000-recipient notice) and an arena of 2,000 members on a real Postgres, times the
// first page of each list, then adds nine more years (each with its own 2,000 members, whose terms have ended) and
// times them again. Prints median milliseconds of each read at 1 and at 10 years.
// Usage: dotnet run -c Release --project bench/Hfi.History.Bench
//   [-- meetingsPerYear [historyDeliveriesPerYear [membersPerYear]]]
using System.Diagnostics;
using System.Globalization;
using Hfi.Contracts;
using Hfi.Hosting.Servers;
using Hfi.Meetings.Data;
using Hfi.Meetings.Domain;
using Hfi.Notifications.Data;
using Hfi.Notifications.Domain;
using Hfi.Planning.Data;
using Hfi.Planning.Domain.Members;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Norwegian;
using Hfi.ServiceDefaults.Paging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

var meetingsPerYear = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var deliveriesPerYear = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
var membersPerYear = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2_000;
const int LastYear = 2035;
const string Arena = "partnerskapsmotet";
var root = Path.Combine(Path.GetTempPath(), "hfi-history-bench", Guid.NewGuid().ToString("N")[..12]);

await using var postgres = await PostgresServer.StartAsync(
    new PostgresServerOptions(Path.Combine(root, "postgres"), Throwaway: true)
);
await postgres.CreateDatabaseAsync("meetingsdb");
await postgres.CreateDatabaseAsync("notificationsdb");
await postgres.CreateDatabaseAsync("planningdb");
var services = new ServiceCollection()
    .AddDbContext<MeetingsDbContext>(o => o.UseNpgsql(postgres.GetConnectionString("meetingsdb")))
    .AddDbContext<NotificationsDbContext>(o => o.UseNpgsql(postgres.GetConnectionString("notificationsdb")))
    .AddDbContext<PlanningDbContext>(o => o.UseNpgsql(postgres.GetConnectionString("planningdb")))
    .BuildServiceProvider();
await using (var scope = services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<MeetingsDbContext>().Database.MigrateAsync();
    await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Database.MigrateAsync();
    await scope.ServiceProvider.GetRequiredService<PlanningDbContext>().Database.MigrateAsync();
}

// The notice of this year's meeting, to 10,000 recipients, with an in-app copy for the member whose inbox is read.
var current = Guid.NewGuid();
await SeedYearAsync(LastYear, current, 10_000);
var oneYear = await MeasureAsync();
for (var year = LastYear - 9; year < LastYear; year++)
    await SeedYearAsync(year, Guid.NewGuid(), deliveriesPerYear);
var tenYears = await MeasureAsync();

Console.WriteLine(
    string.Create(
        CultureInfo.InvariantCulture,
        $"History bench: {meetingsPerYear} meetings a year, a 10,000-recipient notice, {deliveriesPerYear} older "
            + $"deliveries a year, {membersPerYear} members of the arena a year"
    )
);
Console.WriteLine($"{"first page of", -44} {"1 year", 10} {"10 years", 10} {"ratio", 7}");
foreach (var (name, one) in oneYear)
{
    var ten = tenYears[name];
    Console.WriteLine(
        string.Create(CultureInfo.InvariantCulture, $"{name, -44} {one, 8:F2}ms {ten, 8:F2}ms {ten / one, 6:F2}x")
    );
}

async Task SeedYearAsync(int year, Guid noticeId, int recipients)
{
    await using var scope = services.CreateAsyncScope();
    var meetings = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
    var numbers = CaseNumberSequence.Start(Arena, year);
    var start = OsloTime.At(new DateOnly(year, 1, 2), new TimeOnly(10, 0)).ToUniversalTime();
    for (var i = 0; i < meetingsPerYear; i++)
    {
        var at = start.AddHours(i * (360.0 * 24 / meetingsPerYear));
        meetings.Meetings.Add(
            Meeting.Create(
                new MeetingDetails
                {
                    ArenaId = Arena,
                    Title = $"Møte {i + 1} i {year}",
                    StartsAt = at,
                    EndsAt = at.AddHours(2),
                },
                numbers,
                null
            )
        );
    }
    await meetings.SaveChangesAsync();

    var notifications = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
    var now = start.ToUniversalTime();
    var notice = new Notice
    {
        Id = noticeId,
        Kind = NoticeKind.MeetingNotice,
        MeetingId = Guid.NewGuid(),
        ArenaId = Arena,
        Audience = Audiences.AllMembers,
        NoticeVersion = 1,
        Subject = $"Innkalling {year}",
        Body = "Du innkalles.",
        CreatedAt = now,
        OccurredAt = now,
    };
    notice.RecordRecipients(recipients, now);
    notifications.Notices.Add(notice);
    notifications.Deliveries.AddRange(
        Enumerable
            .Range(1, recipients)
            .Select(i =>
                Delivery.Create(
                    noticeId,
                    new Recipient($"m{i}", $"Medlem {i:00000}", $"medlem.{i}@kommune.test", i % 2 == 0),
                    i == 1 ? Channel.InApp : Channel.Email,
                    now,
                    now
                )
            )
    );
    await notifications.SaveChangesAsync();

    // The arena's members of that year: a term of the whole year, so only this year's are members on the read's day.
    var planning = scope.ServiceProvider.GetRequiredService<PlanningDbContext>();
    planning.ArenaMembers.AddRange(
        Enumerable
            .Range(1, membersPerYear)
            .Select(i => new ArenaMember
            {
                Id = Guid.NewGuid(),
                ArenaId = Arena,
                PersonName = $"Medlem {i:00000} ({year})",
                Email = $"medlem.{i}.{year}@kommune.test",
                Kind = i % 2 == 0 ? MemberKind.MunicipalRepresentative : MemberKind.HospitalRepresentative,
                Role = i == 1 ? MemberRole.Leader : MemberRole.Member,
                HasVotingRight = true,
                TermFrom = new DateOnly(year, 1, 1),
                TermTo = new DateOnly(year, 12, 31),
            })
    );
    await planning.SaveChangesAsync();
}

async Task<Dictionary<string, double>> MeasureAsync()
{
    await using var scope = services.CreateAsyncScope();
    var meetings = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
    var notifications = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
    var planning = scope.ServiceProvider.GetRequiredService<PlanningDbContext>();
    await meetings.Database.ExecuteSqlRawAsync("ANALYZE");
    await planning.Database.ExecuteSqlRawAsync("ANALYZE");
    await notifications.Database.ExecuteSqlRawAsync("ANALYZE");
    PageRequest Page(PageLimits limits, string list, params string?[] filters) =>
        PageRequest.Of(0, null, limits, list, filters);
    var inbox = notifications
        .Deliveries.AsNoTracking()
        .Where(d => d.RecipientEmail == "medlem.1@kommune.test" && d.Channel == Channel.InApp);
    return new Dictionary<string, double>
    {
        ["meetings of this year (ListMeetings year=)"] = await MedianAsync(() =>
            meetings.MeetingPageAsync(
                new MeetingListFilter(Arena, LastYear, null),
                Page(MeetingLists.MeetingLimits, "m"),
                default
            )
        ),
        ["meetings, every year (ListMeetings)"] = await MedianAsync(() =>
            meetings.MeetingPageAsync(
                new MeetingListFilter(Arena, null, null),
                Page(MeetingLists.MeetingLimits, "m"),
                default
            )
        ),
        ["delivery log of the 10,000 notice"] = await MedianAsync(() =>
            notifications.DeliveryPageAsync(current, null, Page(NotificationLists.DeliveryLimits, "d"), default)
        ),
        ["pending deliveries, every notice"] = await MedianAsync(() =>
            notifications.DeliveryPageAsync(
                null,
                Hfi.Notifications.Domain.DeliveryStatus.Pending,
                Page(NotificationLists.DeliveryLimits, "d"),
                default
            )
        ),
        ["notices, newest first (ListNotices)"] = await MedianAsync(() =>
            notifications.NoticePageAsync(null, Page(NotificationLists.Standard, "n"), default)
        ),
        ["a member's inbox (ListMyInbox)"] = await MedianAsync(() =>
            notifications.InboxPageAsync(inbox, Page(NotificationLists.Standard, "i"), default)
        ),
        ["an arena's members (ListArenaMembers)"] = await MedianAsync(() =>
            planning.MemberPageAsync(
                Arena,
                new DateOnly(LastYear, 6, 1),
                Page(PlanningLists.MemberLimits, "a"),
                default
            )
        ),
    };
}

static async Task<double> MedianAsync<T>(Func<Task<T>> read)
{
    for (var i = 0; i < 5; i++)
        await read();
    var times = new List<double>();
    for (var i = 0; i < 41; i++)
    {
        var watch = Stopwatch.StartNew();
        await read();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    return times[times.Count / 2];
}
