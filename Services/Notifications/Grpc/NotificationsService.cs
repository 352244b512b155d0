using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Hfi.Notifications.Api;
using Hfi.Notifications.Data;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Hfi.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Notifications.Grpc;

public sealed partial class NotificationsService(NotificationsDbContext db, TimeProvider clock)
    : NotificationsApi.NotificationsApiBase
{
    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<ListReceivedEventsResponse> ListReceivedEvents(
        ListReceivedEventsRequest request,
        ServerCallContext context
    )
    {
        var page = PageRequest.Of(
            PageSize(request.PageSize, request.Limit),
            request.PageToken,
            NotificationLists.Standard,
            "notifications.ListReceivedEvents"
        );
        var events = await db.ReceivedEventPageAsync(page, context.CancellationToken);
        return new ListReceivedEventsResponse
        {
            NextPageToken = events.NextPageToken,
            Events =
            {
                events.Items.Select(e => new ReceivedEvent
                {
                    EventId = e.EventId.ToString(),
                    EventType = e.EventType,
                    Summary = e.Summary,
                    ReceivedAt = Timestamp.FromDateTimeOffset(e.ReceivedAt),
                    TraceId = e.TraceId ?? string.Empty,
                }),
            },
        };
    }

    /// <summary>page_size, or the older <c>limit</c> field when only that is given.</summary>
    private static int PageSize(int pageSize, int limit) => pageSize != 0 ? pageSize : limit;

    private static Guid? OptionalId(string text, string field) =>
        string.IsNullOrWhiteSpace(text) ? null : RequiredId(text, field);

    private static Guid RequiredId(string text, string field) => RequestIds.Parse(text, field);
}
