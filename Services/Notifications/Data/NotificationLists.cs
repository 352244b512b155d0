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
        var events = await db
            .ReceivedEvents.AsNoTracking()
            .PageInOrder(page, e => e.ReceivedAt, e => e.EventId, p => p.TimeAt(0), descending: true)
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
        var notices = await query
            .PageInOrder(page, n => n.CreatedAt, n => n.Id, p => p.TimeAt(0), descending: true)
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
        var deliveries = await query
            .PageInOrder(page, d => d.RecipientName, d => d.Id, p => p.TextAt(0))
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
        var rows = await inbox
            .PageInOrder(page, d => d.CreatedAt, d => d.Id, p => p.TimeAt(0), descending: true)
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
