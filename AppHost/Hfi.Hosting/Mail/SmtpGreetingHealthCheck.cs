using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hfi.Hosting.Mail;

/// <summary>Healthy when the SMTP server greets with 220 (it accepts mail), not merely when its port is open.</summary>
internal sealed class SmtpGreetingHealthCheck(MailCatcherResource resource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    )
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", resource.SmtpEndpoint.Port, timeout.Token);
            await using var stream = client.GetStream();
            var buffer = new byte[512];
            var read = await stream.ReadAsync(buffer, timeout.Token);
            var greeting = Encoding.ASCII.GetString(buffer, 0, read);
            await stream.WriteAsync("QUIT\r\n"u8.ToArray(), timeout.Token);
            return greeting.StartsWith("220", StringComparison.Ordinal)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"Unexpected greeting: {greeting.Trim()}");
        }
        catch (Exception exception)
            when (exception is SocketException or IOException or OperationCanceledException
                && !cancellationToken.IsCancellationRequested
            )
        {
            return HealthCheckResult.Unhealthy("The mail catcher does not answer yet.", exception);
        }
    }
}
