using Hfi.Notifications.Domain;
using Hfi.ServiceDefaults.Paging;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Notifications.Data;

/// <summary>
/// The paged lists of Notifications, each read in the keyset order of an index, so a page costs the same however
/// many notices, deliveries and events the years have left behind it.
/// </summary>
public static class NotificationLists
{
    public static readonly PageLimits Standard = PageLimits.Standard;
    public static readonly PageLimits DeliveryLimits = new(100, 1000);

    /// <summary>Newest first.</summary>
    public static async Task<Page<ReceivedEvent>> ReceivedEventPageAsync(
        this NotificationsDbContext db,
        PageRequest page,
        CancellationToken cancellationToken
    )
    {
        var query = db.ReceivedEvents.AsNoTracking();
        if (!page.IsFirst)
        {
            var (at, id) = (page.TimeAt(0), page.GuidAt(1));
            query = query.Where(e =>
                EF.Functions.LessThan(ValueTuple.Create(e.ReceivedAt, e.EventId), ValueTuple.Create(at, id))
            );
        }
        var events = await query
            .OrderByDescending(e => e.ReceivedAt)
            .ThenByDescending(e => e.EventId)
            .Take(page.Fetch)
            .ToListAsync(cancellationToken);
        return page.PageOf(events, e => [e.ReceivedAt, e.EventId]);
    }

    /// <summary>Newest first, of one meeting or of all.</summary>
    public static async Task<Page<Notice>> NoticePageAsync(
        this NotificationsDbContext db,
        Guid? meetingId,
        PageRequest page,
        CancellationToken cancellationToken
    )
    {
        var query = db.Notices.AsNoTracking();
        if (meetingId is not null)
            query = query.Where(n => n.MeetingId == meetingId);
        if (!page.IsFirst)
        {
            var (at, id) = (page.TimeAt(0), page.GuidAt(1));
            query = query.Where(n =>
                EF.Functions.LessThan(ValueTuple.Create(n.CreatedAt, n.Id), ValueTuple.Create(at, id))
            );
        }
        var notices = await query
            .OrderByDescending(n => n.CreatedAt)
            .ThenByDescending(n => n.Id)
            .Take(page.Fetch)
            .ToListAsync(cancellationToken);
        return page.PageOf(notices, n => [n.CreatedAt, n.Id]);
    }

    /// <summary>A delivery log by recipient name (then id), of a notice, a status or both.</summary>
    public static async Task<Page<Delivery>> DeliveryPageAsync(
        this NotificationsDbContext db,
        Guid? noticeId,
        DeliveryStatus? status,
        PageRequest page,
        CancellationToken cancellationToken
    )
    {
        var query = db.Deliveries.AsNoTracking();
        if (noticeId is not null)
            query = query.Where(d => d.NoticeId == noticeId);
        if (status is { } wanted)
            query = query.Where(d => d.Status == wanted);
        if (!page.IsFirst)
        {
            var (name, id) = (page.TextAt(0), page.GuidAt(1));
            query = query.Where(d =>
                EF.Functions.GreaterThan(ValueTuple.Create(d.RecipientName, d.Id), ValueTuple.Create(name, id))
            );
        }
        var deliveries = await query
            .OrderBy(d => d.RecipientName)
            .ThenBy(d => d.Id)
            .Take(page.Fetch)
            .ToListAsync(cancellationToken);
        return page.PageOf(deliveries, d => [d.RecipientName, d.Id]);
    }

    /// <summary>A member's in-app items, newest first; <paramref name="inbox"/> is already narrowed to the member.</summary>
    public static async Task<Page<(Delivery Delivery, Notice Notice)>> InboxPageAsync(
        this NotificationsDbContext db,
        IQueryable<Delivery> inbox,
        PageRequest page,
        CancellationToken cancellationToken
    )
    {
        if (!page.IsFirst)
        {
            var (at, id) = (page.TimeAt(0), page.GuidAt(1));
            inbox = inbox.Where(d =>
                EF.Functions.LessThan(ValueTuple.Create(d.CreatedAt, d.Id), ValueTuple.Create(at, id))
            );
        }
        var rows = await inbox
            .OrderByDescending(d => d.CreatedAt)
            .ThenByDescending(d => d.Id)
            .Take(page.Fetch)
            .Join(db.Notices, d => d.NoticeId, n => n.Id, (d, n) => new { Delivery = d, Notice = n })
            .ToListAsync(cancellationToken);
        // The join keeps every delivery (each has its notice), but not necessarily the order: restore it.
        var items = rows.OrderByDescending(r => r.Delivery.CreatedAt)
            .ThenByDescending(r => r.Delivery.Id)
            .Select(r => (r.Delivery, r.Notice))
            .ToList();
        return page.PageOf(items, i => [i.Delivery.CreatedAt, i.Delivery.Id]);
    }
}
