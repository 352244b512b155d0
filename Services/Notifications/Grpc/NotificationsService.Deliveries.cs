using Grpc.Core;
using Hfi.Notifications.Api;
using Hfi.Notifications.Data;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Hfi.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainChannel = Hfi.Notifications.Domain.Channel;
using DomainStatus = Hfi.Notifications.Domain.DeliveryStatus;

namespace Hfi.Notifications.Grpc;

public sealed partial class NotificationsService
{
    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<ListNoticesResponse> ListNotices(ListNoticesRequest request, ServerCallContext context)
    {
        var meetingId = OptionalId(request.MeetingId, "meeting_id");
        var page = PageRequest.Of(
            PageSize(request.PageSize, request.Limit),
            request.PageToken,
            NotificationLists.Standard,
            "notifications.ListNotices",
            meetingId?.ToString()
        );
        var (notices, next) = await db.NoticePageAsync(meetingId, page, context.CancellationToken);

        var noticeIds = notices.Select(n => n.Id).ToList();
        var counts = await db
            .Deliveries.AsNoTracking()
            .Where(d => noticeIds.Contains(d.NoticeId))
            .GroupBy(d => new
            {
                d.NoticeId,
                d.Status,
                Read = d.ReadAt != null,
            })
            .Select(g => new DeliveryCount(g.Key.NoticeId, g.Key.Status, g.Key.Read, g.Count()))
            .ToListAsync(context.CancellationToken);
        return new ListNoticesResponse
        {
            Notices = { notices.Select(n => NotificationMessages.ToMessage(n, counts.Where(c => c.NoticeId == n.Id))) },
            NextPageToken = next,
        };
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<ListDeliveriesResponse> ListDeliveries(
        ListDeliveriesRequest request,
        ServerCallContext context
    )
    {
        var noticeId = OptionalId(request.NoticeId, "notice_id");
        if (noticeId is null && request.Status == DeliveryStatus.Unspecified)
        {
            throw new ValidationFailedException(
                "notice_id",
                Reasons.DeliveryFilterMissing,
                "Give a notice, or a status to list across notices (e.g. DELIVERY_STATUS_DEAD_LETTERED)."
            );
        }

        if (!System.Enum.IsDefined(request.Status))
        {
            throw new ValidationFailedException(
                "status",
                Reasons.UnknownChoice,
                $"Unknown status {(int)request.Status}."
            );
        }

        var page = PageRequest.Of(
            PageSize(request.PageSize, request.Limit),
            request.PageToken,
            NotificationLists.DeliveryLimits,
            "notifications.ListDeliveries",
            noticeId?.ToString(),
            request.Status.ToString()
        );
        if (noticeId is not null && !await db.Notices.AnyAsync(n => n.Id == noticeId, context.CancellationToken))
            throw new NotFoundException(Reasons.NoticeNotFound, $"Notice '{noticeId}' does not exist.");
        DomainStatus? status = request.Status == DeliveryStatus.Unspecified ? null : (DomainStatus)request.Status;
        var (deliveries, next) = await db.DeliveryPageAsync(noticeId, status, page, context.CancellationToken);
        var purposes = await PurposesAsync(deliveries.Select(d => d.NoticeId), context.CancellationToken);
        return new ListDeliveriesResponse
        {
            Deliveries = { deliveries.Select(d => NotificationMessages.ToMessage(d, purposes[d.NoticeId])) },
            NextPageToken = next,
        };
    }

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<Delivery> RetryDelivery(RetryDeliveryRequest request, ServerCallContext context)
    {
        var deliveryId = RequiredId(request.DeliveryId, "delivery_id");
        var delivery =
            await db.Deliveries.SingleOrDefaultAsync(d => d.Id == deliveryId, context.CancellationToken)
            ?? throw new NotFoundException(Reasons.DeliveryNotFound, $"Delivery '{deliveryId}' does not exist.");
        if (delivery.Channel != DomainChannel.Email)
        {
            throw new InvalidStateException(
                Reasons.OnlyEmailIsRetried,
                "Only e-mail deliveries are retried; an in-app notice is in the inbox already."
            );
        }

        delivery.Requeue(clock.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        var purposes = await PurposesAsync([delivery.NoticeId], context.CancellationToken);
        return NotificationMessages.ToMessage(delivery, purposes[delivery.NoticeId]);
    }

    private async Task<Dictionary<Guid, Domain.DeliveryPurpose>> PurposesAsync(
        IEnumerable<Guid> noticeIds,
        CancellationToken cancellationToken
    )
    {
        var ids = noticeIds.Distinct().ToList();
        var notices = await db.Notices.AsNoTracking().Where(n => ids.Contains(n.Id)).ToListAsync(cancellationToken);
        return notices.ToDictionary(n => n.Id, n => n.Purpose);
    }
}
