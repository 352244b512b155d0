using Grpc.Core;
using Hfi.Notifications.Api;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainChannel = Hfi.Notifications.Domain.Channel;
using DomainStatus = Hfi.Notifications.Domain.DeliveryStatus;

namespace Hfi.Notifications.Grpc;

public sealed partial class NotificationsService
{
    private const int DefaultDeliveryLimit = 1000;
    private const int MaxDeliveryLimit = 10_000;

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<ListNoticesResponse> ListNotices(ListNoticesRequest request, ServerCallContext context)
    {
        var meetingId = OptionalId(request.MeetingId, "meeting_id");
        var query = db.Notices.AsNoTracking();
        if (meetingId is not null) query = query.Where(n => n.MeetingId == meetingId);
        var notices = await query.OrderByDescending(n => n.CreatedAt)
            .Take(Limit(request.Limit, DefaultLimit, MaxLimit))
            .ToListAsync(context.CancellationToken);

        var noticeIds = notices.Select(n => n.Id).ToList();
        var counts = await db.Deliveries.AsNoTracking()
            .Where(d => noticeIds.Contains(d.NoticeId))
            .GroupBy(d => new { d.NoticeId, d.Status, Read = d.ReadAt != null })
            .Select(g => new DeliveryCount(g.Key.NoticeId, g.Key.Status, g.Key.Read, g.Count()))
            .ToListAsync(context.CancellationToken);
        return new ListNoticesResponse { Notices = { notices.Select(n => NotificationMessages.ToMessage(n, counts.Where(c => c.NoticeId == n.Id))) } };
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<ListDeliveriesResponse> ListDeliveries(ListDeliveriesRequest request, ServerCallContext context)
    {
        var noticeId = OptionalId(request.NoticeId, "notice_id");
        if (noticeId is null && request.Status == DeliveryStatus.Unspecified)
            throw new ValidationFailedException("notice_id", Reasons.DeliveryFilterMissing, "Give a notice, or a status to list across notices (e.g. DELIVERY_STATUS_DEAD_LETTERED).");
        if (!System.Enum.IsDefined(request.Status))
            throw new ValidationFailedException("status", Reasons.UnknownChoice, $"Unknown status {(int)request.Status}.");

        var query = db.Deliveries.AsNoTracking();
        if (noticeId is not null)
        {
            if (!await db.Notices.AnyAsync(n => n.Id == noticeId, context.CancellationToken))
                throw new NotFoundException(Reasons.NoticeNotFound, $"Notice '{noticeId}' does not exist.");
            query = query.Where(d => d.NoticeId == noticeId);
        }
        if (request.Status != DeliveryStatus.Unspecified)
        {
            var status = (DomainStatus)request.Status;
            query = query.Where(d => d.Status == status);
        }

        var deliveries = await query.OrderBy(d => d.RecipientName).ThenBy(d => d.Channel)
            .Take(Limit(request.Limit, DefaultDeliveryLimit, MaxDeliveryLimit))
            .ToListAsync(context.CancellationToken);
        var purposes = await PurposesAsync(deliveries.Select(d => d.NoticeId), context.CancellationToken);
        return new ListDeliveriesResponse { Deliveries = { deliveries.Select(d => NotificationMessages.ToMessage(d, purposes[d.NoticeId])) } };
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Delivery> RetryDelivery(RetryDeliveryRequest request, ServerCallContext context)
    {
        var deliveryId = RequiredId(request.DeliveryId, "delivery_id");
        var delivery = await db.Deliveries.SingleOrDefaultAsync(d => d.Id == deliveryId, context.CancellationToken)
            ?? throw new NotFoundException(Reasons.DeliveryNotFound, $"Delivery '{deliveryId}' does not exist.");
        if (delivery.Channel != DomainChannel.Email)
            throw new InvalidStateException(Reasons.OnlyEmailIsRetried, "Only e-mail deliveries are retried; an in-app notice is in the inbox already.");
        delivery.Requeue(clock.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        var purposes = await PurposesAsync([delivery.NoticeId], context.CancellationToken);
        return NotificationMessages.ToMessage(delivery, purposes[delivery.NoticeId]);
    }

    private async Task<Dictionary<Guid, Domain.DeliveryPurpose>> PurposesAsync(IEnumerable<Guid> noticeIds, CancellationToken cancellationToken)
    {
        var ids = noticeIds.Distinct().ToList();
        var notices = await db.Notices.AsNoTracking().Where(n => ids.Contains(n.Id)).ToListAsync(cancellationToken);
        return notices.ToDictionary(n => n.Id, n => n.Purpose);
    }
}
