using Hfi.Documents.Application;
using Hfi.Documents.Data;
using Hfi.Documents.Events;
using Hfi.Documents.Generation;
using Hfi.Documents.Storage;
using Hfi.ServiceDefaults;
using Hfi.ServiceDefaults.Audit;
using Hfi.ServiceDefaults.Data;
using Hfi.ServiceDefaults.Grpc;
using Hfi.ServiceDefaults.Hosting;
using Hfi.ServiceDefaults.Messaging;

namespace Hfi.Documents.Extensions;

internal static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddHfiGrpc();
        builder.AddHfiDatabase<DocumentsDbContext>(ResourceNames.DocumentsDatabase);
        builder.AddHfiAudit<DocumentsDbContext>(ResourceNames.Documents);
        builder.AddHfiMessaging<DocumentsDbContext>(
            ResourceNames.Documents,
            bus =>
            {
                bus.AddConsumer<MeetingNoticeIssuedConsumer>();
                bus.AddConsumer<MinutesApprovedConsumer>();
                bus.AddConsumer<MeetingCasesChangedConsumer>();
            }
        );
        builder.Services.AddIntegrationEventTranslator<DocumentsIntegrationEvents>();

        builder.AddValidatedOptions<DocumentsOptions>(DocumentsOptions.SectionName);

        var connectionString = builder.Configuration.GetRequiredConnectionString(ResourceNames.DocumentsDatabase);
        builder.Services.AddSingleton(_ => new DocumentsDataSource(connectionString));
        builder.Services.AddSingleton<IAttachmentStore, PostgresAttachmentStore>();
        builder.Services.AddSingleton<OrphanedBlobSweeper>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OrphanedBlobSweeper>());
        builder.Services.AddScoped<FileIntake>();
        builder.Services.AddScoped<AttachmentLibrary>();
        builder.Services.AddSingleton<IPdfRenderer, PdfSharpRenderer>();
        builder.Services.AddScoped<DocumentGenerator>();
        return builder;
    }
}
