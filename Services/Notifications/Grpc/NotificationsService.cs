using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Hfi.Notifications.Api;
using Hfi.Notifications.Data;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Notifications.Grpc;

public sealed class NotificationsService(NotificationsDbContext db) : NotificationsApi.NotificationsApiBase
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 500;

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<ListReceivedEventsResponse> ListReceivedEvents(ListReceivedEventsRequest request, ServerCallContext context)
    {
        if (request.Limit is < 0 or > MaxLimit)
            throw new ValidationFailedException("limit", $"Between 1 and {MaxLimit} (0 means {DefaultLimit}).");

        var events = await db.ReceivedEvents.AsNoTracking()
            .OrderByDescending(e => e.ReceivedAt)
            .Take(request.Limit == 0 ? DefaultLimit : request.Limit)
            .ToListAsync(context.CancellationToken);
        return new ListReceivedEventsResponse
        {
            Events =
            {
                events.Select(e => new ReceivedEvent
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
}
