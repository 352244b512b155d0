using Google.Protobuf.WellKnownTypes;
using Hfi.Notifications.Domain;
using ApiChannel = Hfi.Notifications.Api.Channel;
using ApiDelivery = Hfi.Notifications.Api.Delivery;
using ApiNotice = Hfi.Notifications.Api.Notice;
using ApiNoticeKind = Hfi.Notifications.Api.NoticeKind;
using ApiStatus = Hfi.Notifications.Api.DeliveryStatus;

namespace Hfi.Notifications.Grpc;

internal sealed record DeliveryCount(Guid NoticeId, DeliveryStatus Status, bool Read, int Count);

/// <summary>Domain → API messages.</summary>
internal static class NotificationMessages
{
    public static ApiNotice ToMessage(Notice notice, IEnumerable<DeliveryCount> counts)
    {
        var list = counts.ToList();
        return new ApiNotice
        {
            NoticeId = notice.Id.ToString(),
            Kind = (ApiNoticeKind)notice.Kind,
            MeetingId = notice.MeetingId?.ToString() ?? string.Empty,
            ArenaId = notice.ArenaId,
            Audience = notice.Audience,
            NoticeVersion = notice.NoticeVersion ?? 0,
            Subject = notice.Subject,
            DocumentPath = notice.DocumentPath ?? string.Empty,
            CreatedAt = Timestamp.FromDateTimeOffset(notice.CreatedAt),
            Recipients = notice.RecipientCount,
            Delivered = list.Where(c => c.Status == DeliveryStatus.Delivered).Sum(c => c.Count),
            Pending = list.Where(c => c.Status == DeliveryStatus.Pending).Sum(c => c.Count),
            DeadLettered = list.Where(c => c.Status == DeliveryStatus.DeadLettered).Sum(c => c.Count),
            Read = list.Where(c => c.Read).Sum(c => c.Count),
            RecipientsPending = notice.RecipientsKnownAt is null,
            RecipientsError = notice.RecipientsKnownAt is null ? notice.LookupError ?? string.Empty : string.Empty,
            NextLookupAt = notice.NextLookupAt is { } next ? Timestamp.FromDateTimeOffset(next) : null,
        };
    }

    public static ApiDelivery ToMessage(Delivery delivery, DeliveryPurpose purpose) =>
        new()
        {
            Purpose = (Api.DeliveryPurpose)purpose,
            DeliveryId = delivery.Id.ToString(),
            NoticeId = delivery.NoticeId.ToString(),
            MemberId = delivery.MemberId,
            RecipientName = delivery.RecipientName,
            RecipientEmail = delivery.RecipientEmail,
            Channel = (ApiChannel)delivery.Channel,
            Status = (ApiStatus)delivery.Status,
            Attempts = delivery.Attempts,
            CreatedAt = Timestamp.FromDateTimeOffset(delivery.CreatedAt),
            NextAttemptAt =
                delivery.Status == DeliveryStatus.Pending ? Timestamp.FromDateTimeOffset(delivery.NextAttemptAt) : null,
            LastAttemptAt = Optional(delivery.LastAttemptAt),
            DeliveredAt = Optional(delivery.DeliveredAt),
            ReadAt = Optional(delivery.ReadAt),
            LastError = delivery.LastError ?? string.Empty,
        };

    public static Api.InboxItem ToInboxItem(Delivery delivery, Notice notice) =>
        new()
        {
            ItemId = delivery.Id.ToString(),
            NoticeId = notice.Id.ToString(),
            Kind = (ApiNoticeKind)notice.Kind,
            MeetingId = notice.MeetingId?.ToString() ?? string.Empty,
            Subject = notice.Subject,
            Body = notice.Body,
            DocumentPath = notice.DocumentPath ?? string.Empty,
            CreatedAt = Timestamp.FromDateTimeOffset(delivery.CreatedAt),
            ReadAt = Optional(delivery.ReadAt),
        };

    public static Api.Preferences ToMessage(ChannelPreference channels) =>
        new() { Email = channels.HasFlag(ChannelPreference.Email), InApp = channels.HasFlag(ChannelPreference.InApp) };

    private static Timestamp? Optional(DateTimeOffset? value) =>
        value is { } v ? Timestamp.FromDateTimeOffset(v) : null;
}
