using Hfi.Notifications.Data;
using Hfi.Notifications.Events;
using Hfi.ServiceDefaults;
using Hfi.ServiceDefaults.Data;
using Hfi.ServiceDefaults.Grpc;
using Hfi.ServiceDefaults.Messaging;

namespace Hfi.Notifications.Extensions;

internal static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddHfiGrpc();
        builder.AddHfiDatabase<NotificationsDbContext>(ResourceNames.NotificationsDatabase);
        builder.AddHfiMessaging<NotificationsDbContext>(ResourceNames.Notifications, bus =>
            bus.AddConsumer<ArenaCreatedConsumer>());
        return builder;
    }
}
