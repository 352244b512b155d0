using Hfi.Documents.Api;
using Hfi.Notifications.Data;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Events;
using Hfi.Notifications.Mail;
using Hfi.Notifications.Recipients;
using Hfi.Planning.Api;
using Hfi.ServiceDefaults;
using Hfi.ServiceDefaults.Audit;
using Hfi.ServiceDefaults.Data;
using Hfi.ServiceDefaults.Grpc;
using Hfi.ServiceDefaults.Hosting;
using Hfi.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace Hfi.Notifications.Extensions;

internal static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddHfiGrpc();
        builder.AddHfiDatabase<NotificationsDbContext>(ResourceNames.NotificationsDatabase);
        builder.AddHfiAudit<NotificationsDbContext>(ResourceNames.Notifications);
        builder.AddHfiMessaging<NotificationsDbContext>(
            ResourceNames.Notifications,
            bus =>
            {
                bus.AddConsumer<ArenaCreatedConsumer>();
                bus.AddConsumer<MeetingNoticeIssuedConsumer>();
                bus.AddConsumer<AgendaChangedConsumer>();
                bus.AddConsumer<MinutesApprovedConsumer>();
                bus.AddConsumer<DocumentPublishedConsumer>();
                bus.AddConsumer<MeetingRescheduledConsumer>();
                bus.AddConsumer<MeetingCancelledConsumer>();
                bus.AddConsumer<SubstituteAskedConsumer>();
                bus.AddConsumer<SubstituteSummonedConsumer>();
                bus.AddConsumer<SubstituteReleasedConsumer>();
            }
        );

        builder.Services.AddTransient<ServiceTokenHandler>();
        builder
            .Services.AddHfiGrpcClient<PlanningApi.PlanningApiClient>(ResourceNames.Planning)
            .AddHttpMessageHandler<ServiceTokenHandler>();
        builder
            .Services.AddHfiGrpcClient<DocumentsApi.DocumentsApiClient>(ResourceNames.Documents)
            .AddHttpMessageHandler<ServiceTokenHandler>()
            .ConfigureChannel(
                (services, channel) =>
                    // Room for the largest attachment plus the message around it.
                    channel.MaxReceiveMessageSize =
                        services.GetRequiredService<IOptions<MailOptions>>().Value.MaxAttachmentBytes + 64 * 1024
            );
        builder.Services.AddScoped<ArenaMembers>();
        builder.Services.AddScoped<NoticeRecipients>();
        builder.Services.AddScoped<NoticeIntake>();
        builder.Services.AddHostedService<RecipientLookup>();
        builder.Services.AddSingleton<WorkSignal<RecipientLookup>>();
        builder.Services.AddScoped<MeetingTitles>();

        builder.AddMail();
        return builder;
    }

    private static void AddMail(this IHostApplicationBuilder builder)
    {
        builder
            .AddValidatedOptions<MailOptions>(MailOptions.SectionName)
            .Configure<IConfiguration>(
                (mail, configuration) =>
                {
                    if (
                        configuration.GetConnectionString(MailOptions.ConnectionName) is
                        { Length: > 0 } connectionString
                    )
                    {
                        mail.ApplyConnectionString(connectionString);
                    }
                }
            );
        builder.AddValidatedOptions<NoticeOptions>(NoticeOptions.SectionName);
        builder.AddValidatedOptions<WebOptions>(WebOptions.SectionName);
        builder.Services.AddSingleton<SmtpMailSender>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<NoticeAttachments>();
        builder.Services.AddHostedService<EmailDispatcher>();
        builder.Services.AddSingleton<WorkSignal<EmailDispatcher>>();
    }
}
