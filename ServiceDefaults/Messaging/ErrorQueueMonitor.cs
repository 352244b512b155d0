using Hfi.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hfi.ServiceDefaults.Messaging;

/// <summary>
/// Reads, every <see cref="MessagingOptions.ErrorQueuePollInterval"/>, how many messages wait in this service's error
/// queues (from the broker's management API, when <c>Messaging:ManagementUrl</c> is set) for the dashboard's metrics.
/// </summary>
internal sealed partial class ErrorQueueMonitor(
    IOptions<MessagingOptions> options,
    string serviceName,
    ILogger<ErrorQueueMonitor> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.ManagementUrl is not { } managementUrl)
        {
            return;
        }

        using var management = new RabbitMqManagement(managementUrl);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var parked = await management.ParkedMessagesAsync(stoppingToken);
                HfiMetrics.RecordErrorQueues([
                    .. parked
                        .Where(queue => queue.Queue.StartsWith($"{serviceName}-", StringComparison.Ordinal))
                        .Select(queue => (queue.Queue, queue.Count)),
                ]);
            }
            catch (Exception exception)
                when (exception is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException
                    && !stoppingToken.IsCancellationRequested
                )
            {
                LogUnreadable(exception.Message);
            }

            await Task.Delay(options.Value.ErrorQueuePollInterval, stoppingToken)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The broker's error queues could not be read: {Reason}")]
    private partial void LogUnreadable(string reason);
}
