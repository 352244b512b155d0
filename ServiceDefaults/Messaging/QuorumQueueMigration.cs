using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Hfi.ServiceDefaults.Messaging;

/// <summary>
/// Turns this service's queues from a broker that predates quorum queues (a classic queue cannot change its type in
/// place, and MassTransit would refuse to start on it) into quorum queues, before the bus starts, without losing a
/// message: a holding quorum queue takes the classic queue's bindings and messages, the queue is declared again as a
/// quorum queue with the same bindings, and the holding queue's messages are moved back. Messages that arrive during
/// the move may be delivered twice; the inbox makes the second one a no-op. One instance migrates at a time (an
/// exclusive queue is the lock). Needs the management API (<c>Messaging:ManagementUrl</c>) to find the queues;
/// without it nothing is done (a new broker has no classic queues of ours).
/// </summary>
internal sealed partial class QuorumQueueMigration(
    IOptions<MessagingOptions> options,
    string connectionString,
    string serviceName,
    ILogger<QuorumQueueMigration> logger
) : IHostedService
{
    private const ushort ResourceLocked = 405;
    private static readonly Dictionary<string, object?> Quorum = new() { ["x-queue-type"] = "quorum" };

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.ManagementUrl is not { } managementUrl)
            return;
        using var management = new RabbitMqManagement(managementUrl);
        if ((await management.ClassicQueuesAsync($"{serviceName}-", cancellationToken)).Count == 0)
            return;

        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync(
            $"{serviceName} quorum queue migration",
            cancellationToken
        );
        await using var lockChannel = await LockAsync(connection, cancellationToken);
        // Read again under the lock: another instance may have migrated them meanwhile.
        foreach (var queue in await management.ClassicQueuesAsync($"{serviceName}-", cancellationToken))
        {
            var moved = await ConvertAsync(connection, management, queue, cancellationToken);
            LogConverted(queue, moved);
        }
    }

    /// <summary>
    /// A channel whose publishes wait for the broker's confirm. A channel remembers the type of each queue it has
    /// used, so the queue declared again under the same name needs a channel that never saw the classic one
    /// (RabbitMQ 3.10 closes the channel with INTERNAL_ERROR on the first publish to it otherwise).
    /// </summary>
    private static Task<IChannel> ConfirmingChannelAsync(IConnection connection, CancellationToken cancellationToken) =>
        connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken
        );

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<IChannel> LockAsync(IConnection connection, CancellationToken cancellationToken)
    {
        while (true)
        {
            var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            try
            {
                await channel.QueueDeclareAsync(
                    $"{serviceName}.quorum-migration-lock",
                    durable: false,
                    exclusive: true,
                    autoDelete: true,
                    cancellationToken: cancellationToken
                );
                return channel;
            }
            catch (OperationInterruptedException error) when (error.ShutdownReason?.ReplyCode == ResourceLocked)
            {
                await channel.DisposeAsync();
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    /// <returns>How many messages were carried over.</returns>
    private static async Task<int> ConvertAsync(
        IConnection connection,
        RabbitMqManagement management,
        string queue,
        CancellationToken cancellationToken
    )
    {
        var holding = $"{queue}.to-quorum";
        var bindings = await management.BindingsAsync(queue, cancellationToken);
        int moved;
        await using (var classic = await ConfirmingChannelAsync(connection, cancellationToken))
        {
            await classic.QueueDeclareAsync(
                holding,
                durable: true,
                exclusive: false,
                autoDelete: false,
                arguments: Quorum,
                cancellationToken: cancellationToken
            );
            foreach (var binding in bindings)
            {
                await classic.QueueBindAsync(
                    holding,
                    binding.Source,
                    binding.RoutingKey,
                    cancellationToken: cancellationToken
                );
            }

            // From here every new message reaches the holding queue too; what the classic queue holds is moved over.
            moved = await MoveAsync(classic, queue, holding, cancellationToken);
            await classic.QueueDeleteAsync(queue, cancellationToken: cancellationToken);
        }

        await using var channel = await ConfirmingChannelAsync(connection, cancellationToken);
        await channel.QueueDeclareAsync(
            queue,
            durable: true,
            exclusive: false,
            autoDelete: false,
            arguments: Quorum,
            cancellationToken: cancellationToken
        );
        foreach (var binding in bindings)
        {
            await channel.QueueBindAsync(
                queue,
                binding.Source,
                binding.RoutingKey,
                cancellationToken: cancellationToken
            );
            await channel.QueueUnbindAsync(
                holding,
                binding.Source,
                binding.RoutingKey,
                cancellationToken: cancellationToken
            );
        }

        await MoveAsync(channel, holding, queue, cancellationToken);
        await channel.QueueDeleteAsync(holding, cancellationToken: cancellationToken);
        return moved;
    }

    /// <summary>
    /// Moves every message, each acknowledged at its source only once the broker has confirmed its copy.
    /// </summary>
    private static async Task<int> MoveAsync(
        IChannel channel,
        string from,
        string to,
        CancellationToken cancellationToken
    )
    {
        var moved = 0;
        while (await channel.BasicGetAsync(from, autoAck: false, cancellationToken) is { } message)
        {
            await channel.BasicPublishAsync(
                string.Empty,
                to,
                mandatory: true,
                new BasicProperties(message.BasicProperties),
                message.Body,
                cancellationToken
            );
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
            moved++;
        }

        return moved;
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Queue {Queue} was a classic queue; it is a quorum queue now ({Messages} message(s) carried over)"
    )]
    private partial void LogConverted(string queue, int messages);
}
