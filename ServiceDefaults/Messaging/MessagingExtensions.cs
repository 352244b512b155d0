using Hfi.ServiceDefaults.Data;
using Hfi.ServiceDefaults.Hosting;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hfi.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ (connection string <see cref="ResourceNames.RabbitMq"/>, an amqp URI), with
    /// retries long enough to outlast a restart (<see cref="MessagingOptions"/>) and then the error queue, quorum
    /// queues named
    /// after the service, publisher confirms, and the outbox dispatcher for
    /// <typeparamref name="TContext"/>. Consumers are registered by <paramref name="configureConsumers"/>.
    /// </summary>
    public static IHostApplicationBuilder AddHfiMessaging<TContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? configureConsumers = null
    )
        where TContext : DbContext, IMessagingDbContext
    {
        var connectionString = builder.Configuration.GetRequiredConnectionString(ResourceNames.RabbitMq);

        // Before the bus (hosted services start in order): queues left classic by an older broker become quorum queues.
        builder.Services.AddHostedService(services =>
            ActivatorUtilities.CreateInstance<QuorumQueueMigration>(services, connectionString, serviceName)
        );
        builder.Services.AddMassTransit(bus =>
        {
            // MassTransit reports usage to its vendor at every bus start; a public-sector system sends nothing unasked.
            bus.DisableUsageTelemetry();
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            configureConsumers?.Invoke(bus);
            // Quorum queues (replicated by Raft on a cluster, durable on one node) for the service queues; their error
            // and skipped queues take the same queue type.
            bus.AddConfigureEndpointsCallback(
                (_, _, endpoint) =>
                {
                    if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint)
                        rabbitEndpoint.SetQuorumQueue();
                }
            );
            bus.UsingRabbitMq(
                (context, rabbit) =>
                {
                    // A publish returns only once the broker has taken the message (the outbox marks it sent after that).
                    rabbit.Host(new Uri(connectionString), host => host.PublisherConfirmation = true);
                    var messaging = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
                    rabbit.UseMessageRetry(retry =>
                        retry.Exponential(
                            messaging.RetryLimit,
                            messaging.RetryMinInterval,
                            messaging.RetryMaxInterval,
                            messaging.RetryIntervalDelta
                        )
                    );
                    rabbit.ConfigureEndpoints(context);
                }
            );
        });

        builder.AddValidatedOptions<MessagingOptions>(MessagingOptions.SectionName);
        builder.AddValidatedOptions<OutboxOptions>(OutboxOptions.SectionName);
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        // Picked up by AddHfiDatabase's context with the other save interceptors.
        builder.Services.AddSingleton<WorkSignal<OutboxDispatcher<TContext>>>();
        builder.Services.AddSingleton<ISaveChangesInterceptor, OutboxWakeUp<TContext>>();
        builder.Services.AddHostedService(services =>
            ActivatorUtilities.CreateInstance<ErrorQueueMonitor>(services, serviceName)
        );
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
