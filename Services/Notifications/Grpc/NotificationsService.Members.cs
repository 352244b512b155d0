using Grpc.Core;
using Hfi.Notifications.Api;
using Hfi.Notifications.Data;
using Hfi.Notifications.Domain;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Hfi.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainChannel = Hfi.Notifications.Domain.Channel;

namespace Hfi.Notifications.Grpc;

public sealed partial class NotificationsService
{
    [Authorize(Policy = HfiPolicies.SignedIn)]
    public override async Task<Preferences> GetMyPreferences(GetMyPreferencesRequest request, ServerCallContext context)
    {
        var email = MemberIdentity.EmailOf(context);
        var stored = await db
            .MemberPreferences.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Email == email, context.CancellationToken);
        return NotificationMessages.ToMessage(stored?.Channels ?? ChannelPreference.Both);
    }

    [Authorize(Policy = HfiPolicies.SignedIn)]
    public override async Task<Preferences> SetMyPreferences(SetMyPreferencesRequest request, ServerCallContext context)
    {
        var email = MemberIdentity.EmailOf(context);
        var channels = ChannelPreferences.Chosen(request.Email, request.InApp);
        var stored = await db.MemberPreferences.SingleOrDefaultAsync(p => p.Email == email, context.CancellationToken);
        if (stored is null)
            db.MemberPreferences.Add(MemberPreference.Chosen(email, channels, clock.GetUtcNow()));
        else
            stored.Change(channels, clock.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        return NotificationMessages.ToMessage(channels);
    }

    [Authorize(Policy = HfiPolicies.SignedIn)]
    public override async Task<ListMyInboxResponse> ListMyInbox(ListMyInboxRequest request, ServerCallContext context)
    {
        var email = MemberIdentity.EmailOf(context);
        var page = PageRequest.Of(
            PageSize(request.PageSize, request.Limit),
            request.PageToken,
            NotificationLists.Standard,
            "notifications.ListMyInbox",
            email,
            request.UnreadOnly.ToString()
        );
        var inbox = db
            .Deliveries.AsNoTracking()
            .Where(d => d.RecipientEmail == email && d.Channel == DomainChannel.InApp);
        var items = await db.InboxPageAsync(
            request.UnreadOnly ? inbox.Where(d => d.ReadAt == null) : inbox,
            page,
            context.CancellationToken
        );
        var unread = await inbox.CountAsync(d => d.ReadAt == null, context.CancellationToken);
        return new ListMyInboxResponse
        {
            Items = { items.Items.Select(i => NotificationMessages.ToInboxItem(i.Delivery, i.Notice)) },
            Unread = unread,
            NextPageToken = items.NextPageToken,
        };
    }

    [Authorize(Policy = HfiPolicies.SignedIn)]
    public override async Task<InboxItem> MarkInboxItemRead(MarkInboxItemReadRequest request, ServerCallContext context)
    {
        var email = MemberIdentity.EmailOf(context);
        var itemId = RequiredId(request.ItemId, "item_id");
        // Someone else's item is "not found" for this member: its existence is not theirs to learn.
        var delivery =
            await db.Deliveries.SingleOrDefaultAsync(
                d => d.Id == itemId && d.RecipientEmail == email && d.Channel == DomainChannel.InApp,
                context.CancellationToken
            ) ?? throw new NotFoundException(Reasons.InboxItemNotFound, $"You have no inbox item '{itemId}'.");
        delivery.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        var notice = await db
            .Notices.AsNoTracking()
            .SingleAsync(n => n.Id == delivery.NoticeId, context.CancellationToken);
        return NotificationMessages.ToInboxItem(delivery, notice);
    }
}
