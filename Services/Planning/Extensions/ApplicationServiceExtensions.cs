using Hfi.Planning.Application;
using Hfi.Planning.Data;
using Hfi.Planning.Events;
using Hfi.ServiceDefaults;
using Hfi.ServiceDefaults.Audit;
using Hfi.ServiceDefaults.Data;
using Hfi.ServiceDefaults.Grpc;
using Hfi.ServiceDefaults.Messaging;

namespace Hfi.Planning.Extensions;

internal static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddHfiGrpc();
        builder.Services.AddScoped<PlanStore>();
        builder.Services.AddScoped<ImportPlanHandler>();
        builder.AddHfiDatabase<PlanningDbContext>(ResourceNames.PlanningDatabase);
        builder.AddHfiAudit<PlanningDbContext>(ResourceNames.Planning);
        builder.Services.AddScoped<PlanRealisation>();
        builder.AddHfiMessaging<PlanningDbContext>(
            ResourceNames.Planning,
            bus =>
            {
                bus.AddConsumer<MeetingArrangedConsumer>();
                bus.AddConsumer<MeetingHeldConsumer>();
                bus.AddConsumer<ArrangedMeetingCancelledConsumer>();
            }
        );
        builder.Services.AddIntegrationEventTranslator<PlanningIntegrationEvents>();
        return builder;
    }
}
