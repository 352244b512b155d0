using Hfi.ServiceDefaults.Messaging;

namespace Hfi.Hosting.RabbitMQ;

/// <summary>The operator's actions on the broker, as resource commands in the dashboard.</summary>
internal static class ErrorQueueCommands
{
    public static IResourceBuilder<RabbitMQServerResource> WithErrorQueueCommands(
        this IResourceBuilder<RabbitMQServerResource> builder
    )
    {
        var resource = builder.Resource;
        return builder.WithCommand(
            name: "move-error-queues-back",
            displayName: "Move error-queue messages back",
            executeCommand: async context =>
            {
                using var management = new RabbitMqManagement(new Uri(resource.ManagementEndpoint.Url));
                try
                {
                    var parked = await management.ParkedMessagesAsync(context.CancellationToken);
                    foreach (var queue in parked)
                    {
                        await management.MoveBackAsync(queue.Queue, context.CancellationToken);
                    }

                    return CommandResults.Success();
                }
                catch (Exception exception)
                    when (exception is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
                {
                    return CommandResults.Failure(exception.Message);
                }
            },
            commandOptions: new CommandOptions
            {
                Description =
                    "Puts every message in an \"…_error\" queue back on the queue it came from (fix the cause first). Consumers are idempotent, so a message that already took effect has no second effect.",
                ConfirmationMessage = "Move all messages in the error queues back to their queues?",
                IconName = "ArrowUndo",
                UpdateState = state =>
                    state.ResourceSnapshot.HealthStatus
                    is Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy
                        ? ResourceCommandState.Enabled
                        : ResourceCommandState.Disabled,
            }
        );
    }
}
