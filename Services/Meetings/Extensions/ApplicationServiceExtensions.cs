using Hfi.Documents.Api;
using Hfi.Meetings.Application;
using Hfi.Meetings.Data;
using Hfi.Meetings.Events;
using Hfi.Meetings.Grpc;
using Hfi.Planning.Api;
using Hfi.ServiceDefaults;
using Hfi.ServiceDefaults.Audit;
using Hfi.ServiceDefaults.Data;
using Hfi.ServiceDefaults.Grpc;
using Hfi.ServiceDefaults.Messaging;

namespace Hfi.Meetings.Extensions;

internal static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddHfiGrpc();
        builder.AddHfiDatabase<MeetingsDbContext>(ResourceNames.MeetingsDatabase);
        builder.AddHfiAudit<MeetingsDbContext>(ResourceNames.Meetings);
        builder.AddHfiMessaging<MeetingsDbContext>(ResourceNames.Meetings);
        builder.Services.AddHfiGrpcClient<PlanningApi.PlanningApiClient>(ResourceNames.Planning);
        builder.Services.AddScoped<PlanningDirectory>();
        builder.Services.AddHfiGrpcClient<DocumentsApi.DocumentsApiClient>(ResourceNames.Documents);
        builder.Services.AddScoped<DocumentPreviews>();
        builder.Services.AddIntegrationEventTranslator<IntegrationEventTranslator>();
        builder.Services.AddScoped<MeetingStore>();
        builder.Services.AddScoped<CreateMeetingHandler>();
        builder.Services.AddScoped<DocumentPreviewHandler>();
        builder.Services.AddScoped<MeetingReads>();
        builder.Services.AddSingleton<MeetingReadCache>();
        builder.Services.AddSingleton<MeetingVersions>();
        return builder;
    }
}
