using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Hfi.Notifications.Api;
using Hfi.Notifications.Data;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Hfi.Notifications.Grpc;

public sealed partial class NotificationsService(NotificationsDbContext db, TimeProvider clock) : NotificationsApi.NotificationsApiBase
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 500;

    [Authorize(Policy = HfiPolicies.Secretariat)]
    public override async Task<ListReceivedEventsResponse> ListReceivedEvents(ListReceivedEventsRequest request, ServerCallContext context)
    {
        var events = await db.ReceivedEvents.AsNoTracking()
            .OrderByDescending(e => e.ReceivedAt)
            .Take(Limit(request.Limit, DefaultLimit, MaxLimit))
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

    private static int Limit(int requested, int defaultLimit, int maxLimit) =>
        requested is < 0 || requested > maxLimit
            ? throw new ValidationFailedException("limit", Reasons.LimitOutOfRange, $"Between 1 and {maxLimit} (0 means {defaultLimit}).")
            : requested == 0 ? defaultLimit : requested;

    private static Guid? OptionalId(string text, string field) =>
        string.IsNullOrWhiteSpace(text) ? null : RequiredId(text, field);

    private static Guid RequiredId(string text, string field) => RequestIds.Parse(text, field);
}
