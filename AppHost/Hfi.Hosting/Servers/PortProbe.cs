using System.Net.Sockets;

namespace Hfi.Hosting.Servers;

/// <summary>Checks whether something accepts TCP connections on a port.</summary>
internal static class PortProbe
{
    public static async Task<bool> IsAcceptingAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await client.ConnectAsync(host, port, timeout.Token);
            return true;
        }
        catch (Exception exception)
            when (exception is SocketException or OperationCanceledException
                && !cancellationToken.IsCancellationRequested
            )
        {
            return false;
        }
    }
}
