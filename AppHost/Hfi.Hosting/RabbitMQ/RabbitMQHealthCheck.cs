using Hfi.Hosting.Servers;
using Hfi.ServiceDefaults.Messaging;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hfi.Hosting.RabbitMQ;

/// <summary>
/// Healthy when the node accepts AMQP connections and, with the management plugin on, its API reports no alarms.
/// Its description names the error queues that hold messages, so the dashboard shows them on the resource.
/// </summary>
internal sealed class RabbitMQHealthCheck(RabbitMQServerResource resource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    )
    {
        var amqp = resource.AmqpEndpoint;
        if (!await PortProbe.IsAcceptingAsync("127.0.0.1", amqp.Port, cancellationToken))
        {
            return HealthCheckResult.Unhealthy($"AMQP does not answer on port {amqp.Port}.");
        }

        if (!resource.ManagementPluginEnabled)
        {
            return HealthCheckResult.Healthy();
        }

        using var management = new RabbitMqManagement(new Uri(resource.ManagementEndpoint.Url));
        try
        {
            if (!await management.HasNoAlarmsAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The node reports a resource alarm (memory or disk).");
            }

            var parked = await management.ParkedMessagesAsync(cancellationToken);
            return parked.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Healthy(
                    $"Messages in error queues: {string.Join(", ", parked.Select(p => $"{p.Queue} ({p.Count})"))}. Fix the cause, then run \"Move error-queue messages back\"."
                );
        }
        catch (Exception exception)
            when (exception is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return HealthCheckResult.Unhealthy("The management API does not answer yet.", exception);
        }
    }
}
