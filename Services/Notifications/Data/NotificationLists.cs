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

    private static readonly Keyset<ReceivedEvent, (DateTimeOffset, Guid)> EventsNewestFirst = Keyset.Descending(
        (ReceivedEvent e) => ValueTuple.Create(e.ReceivedAt, e.EventId),
        p => (p.TimeAt(0), p.GuidAt(1))
    );

    private static readonly Keyset<Notice, (DateTimeOffset, Guid)> NoticesNewestFirst = Keyset.Descending(
        (Notice n) => ValueTuple.Create(n.CreatedAt, n.Id),
        p => (p.TimeAt(0), p.GuidAt(1))
    );

    private static readonly Keyset<Delivery, (string, Guid)> DeliveriesByName = Keyset.Ascending(
        (Delivery d) => ValueTuple.Create(d.RecipientName, d.Id),
        p => (p.TextAt(0), p.GuidAt(1))
    );

    private static readonly Keyset<Delivery, (DateTimeOffset, Guid)> DeliveriesNewestFirst = Keyset.Descending(
        (Delivery d) => ValueTuple.Create(d.CreatedAt, d.Id),
        p => (p.TimeAt(0), p.GuidAt(1))
    );

    /// <summary>Newest first.</summary>
    public static async Task<Page<ReceivedEvent>> ReceivedEventPageAsync(
        this NotificationsDbContext db,
        PageRequest page,
        CancellationToken cancellationToken
    )
    {
        return await EventsNewestFirst.ReadPageAsync(db.ReceivedEvents.AsNoTracking(), page, cancellationToken);
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
        return await NoticesNewestFirst.ReadPageAsync(query, page, cancellationToken);
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
        return await DeliveriesByName.ReadPageAsync(query, page, cancellationToken);
    }

    /// <summary>
    /// A member's in-app items, newest first; <paramref name="inbox"/> is already narrowed to the member.
    /// </summary>
    public static async Task<Page<(Delivery Delivery, Notice Notice)>> InboxPageAsync(
        this NotificationsDbContext db,
        IQueryable<Delivery> inbox,
        PageRequest page,
        CancellationToken cancellationToken
    )
    {
        var rows = await DeliveriesNewestFirst
            .PageInOrder(inbox, page)
            .Join(db.Notices, d => d.NoticeId, n => n.Id, (d, n) => new { Delivery = d, Notice = n })
            .ToListAsync(cancellationToken);
        // The join keeps every delivery (each has its notice), but not necessarily the order: restore it.
        var items = rows.OrderByDescending(r => r.Delivery.CreatedAt)
            .ThenByDescending(r => r.Delivery.Id)
            .Select(r => (r.Delivery, r.Notice))
            .ToList();
        return DeliveriesNewestFirst.PageOf(page, items, i => i.Delivery);
    }
}
