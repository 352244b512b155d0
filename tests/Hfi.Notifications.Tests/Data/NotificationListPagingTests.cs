using Hfi.Notifications.Data;
using Hfi.Notifications.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Paging;
using Hfi.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Notifications.Tests.Data;

/// <summary>
/// Paging on through a list gives every row once, in the list's order, whatever the page size: the keyset position
/// in the token goes on exactly after the last row answered (ascending for the delivery log, newest first for notices).
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class NotificationListPagingTests(InfrastructureFixture infrastructure)
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_delivery_log_paged_three_at_a_time_gives_every_delivery_once_by_recipient_name()
    {
        await using var db = await DatabaseAsync();
        var notice = NewNotice(Start);
        db.Notices.Add(notice);
        // Two recipients share a name: the id decides between them, on a page boundary or not.
        string[] names = ["Åse Øvre", "Bjørn Berg", "Anne Aas", "Bjørn Berg", "Kari Li", "Ola Dal", "Per Ås"];
        var deliveries = names
            .Select((name, i) => new Recipient($"m{i}", name, $"m{i}@kommune.test", false))
            .Select(r => Delivery.Create(notice.Id, r, Channel.Email, Start, Start))
            .ToList();
        db.Deliveries.AddRange(deliveries);
        await db.SaveChangesAsync();

        var paged = await AllPagesAsync(token =>
            db.DeliveryPageAsync(notice.Id, null, Page(3, token, "deliveries"), CancellationToken.None)
        );

        var expected = await db
            .Deliveries.AsNoTracking()
            .OrderBy(d => d.RecipientName)
            .ThenBy(d => d.Id)
            .Select(d => d.Id)
            .ToListAsync();
        Assert.Equal(expected, paged.Select(d => d.Id));
        Assert.Equal(deliveries.Count, paged.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public async Task Notices_paged_two_at_a_time_come_newest_first_each_once_also_when_two_share_a_moment()
    {
        await using var db = await DatabaseAsync();
        var notices = Enumerable.Range(0, 5).Select(i => NewNotice(Start.AddMinutes(i))).ToList();
        notices.Add(NewNotice(Start.AddMinutes(2)));
        db.Notices.AddRange(notices);
        await db.SaveChangesAsync();

        var paged = await AllPagesAsync(token =>
            db.NoticePageAsync(null, Page(2, token, "notices"), CancellationToken.None)
        );

        var expected = notices.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Select(n => n.Id);
        Assert.Equal(expected, paged.Select(n => n.Id));
    }

    private static PageRequest Page(int size, string? token, string list) =>
        PageRequest.Of(size, token, PageLimits.Standard, list);

    private static async Task<List<T>> AllPagesAsync<T>(Func<string?, Task<Page<T>>> read)
    {
        var all = new List<T>();
        string? token = null;
        do
        {
            var page = await read(token);
            all.AddRange(page.Items);
            token = page.NextPageToken;
        } while (token is not "");
        return all;
    }

    private async Task<NotificationsDbContext> DatabaseAsync()
    {
        var connection = await infrastructure.CreateDatabaseAsync("paging");
        var db = new NotificationsDbContext(
            new DbContextOptionsBuilder<NotificationsDbContext>().UseNpgsql(connection).Options
        );
        await db.Database.MigrateAsync();
        return db;
    }

    private static Notice NewNotice(DateTimeOffset at) =>
        new()
        {
            Id = Guid.NewGuid(),
            Kind = NoticeKind.MeetingNotice,
            MeetingId = Guid.NewGuid(),
            ArenaId = "partnerskapsmotet",
            Audience = Audiences.AllMembers,
            NoticeVersion = 1,
            Subject = "Innkalling: Partnerskapsmøtet",
            Body = "Du innkalles til Partnerskapsmøtet.",
            CreatedAt = at,
            OccurredAt = at,
        };
}
