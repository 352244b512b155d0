using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Hfi.Hosting.Servers;

namespace Hfi.AppHost.Tests;

public sealed class RabbitMqServerTests
{
    [Fact]
    public async Task A_throwaway_node_speaks_amqp_serves_the_management_api_and_leaves_nothing_behind()
    {
        var dataDirectory = TestDirectory.Create("rabbitmq");
        var server = await RabbitMqServer.StartAsync(
            new RabbitMqServerOptions(dataDirectory, Management: true, Throwaway: true)
        );
        int portMapperPort;
        await using (server)
        {
            Assert.Equal("beam.smp", ProcessTable.CommandName(server.ProcessId));
            Assert.Equal($"amqp://guest:guest@127.0.0.1:{server.AmqpPort}/", server.ConnectionString);
            Assert.True(await AnswersAmqpHandshakeAsync(server.AmqpPort));
            Assert.True(await ManagementApiAnswersAsync(new Uri(server.ManagementUrl!)));
            portMapperPort = server.PortMapperPort;

            await server.StopAsync();
            Assert.False(ProcessTable.IsRunning(server.ProcessId));
            Assert.Empty(ProcessTable.ServingDataDirectory(dataDirectory));
            Assert.False(await AcceptsConnectionsAsync(portMapperPort));
        }

        Assert.False(Directory.Exists(dataDirectory));
    }

    /// <summary>
    /// Sends the AMQP 0-9-1 protocol header; a broker answers with a method frame (type 1: connection.start).
    /// </summary>
    private static async Task<bool> AnswersAmqpHandshakeAsync(int port)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        await stream.WriteAsync("AMQP\0\0\u0009\u0001"u8.ToArray());
        var frameType = new byte[1];
        await stream.ReadExactlyAsync(frameType);
        return frameType[0] == 1;
    }

    private static async Task<bool> ManagementApiAnswersAsync(Uri managementUrl)
    {
        using var client = new HttpClient { BaseAddress = managementUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest"))
        );
        using var response = await client.GetAsync("api/overview");
        return response.IsSuccessStatusCode;
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
