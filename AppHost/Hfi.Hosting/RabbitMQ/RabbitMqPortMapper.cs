using System.Globalization;
using Hfi.Hosting.Processes;
using Hfi.Hosting.Servers;

namespace Hfi.Hosting.RabbitMQ;

/// <summary>Ends the port mapper (epmd) a node started, and anything else still running for its data folder.</summary>
internal static class RabbitMqPortMapper
{
    public static async Task StopAsync(RabbitMQServerResource resource)
    {
        if (resource.PortMapperEndpoint.IsAllocated)
        {
            var port = resource.PortMapperEndpoint.Port.ToString(CultureInfo.InvariantCulture);
            try
            {
                await Command.RunAsync(
                    new ProcessSpec("epmd", ["-port", port, "-kill"]),
                    TimeSpan.FromSeconds(5),
                    CancellationToken.None
                );
            }
            catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
            {
                // No port mapper listening there, or it still lists a node: the sweep below ends it.
            }
        }

        await ServerProcessMarker.KillRemainingAsync(
            new RabbitMqLayout(resource.DataDirectory).Root,
            TimeSpan.FromSeconds(3)
        );
    }
}
