using System.Net;

namespace Hfi.SystemTests;

/// <summary>
/// Nothing of ours listens beyond loopback: Postgres, RabbitMQ (AMQP, Erlang distribution, epmd, management), the mail
/// catcher, the projects, DCP.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class LoopbackTests(RunningSystem system)
{
    [Fact]
    public void Every_listening_socket_of_the_system_is_on_loopback()
    {
        var sockets = Processes.ListeningSockets(Processes.Of(system.App, system.DataDirectory));

        Assert.True(sockets.Count >= 10, $"expected the sockets of every resource, found {sockets.Count}");
        Assert.All(
            sockets,
            socket =>
                Assert.True(
                    IPAddress.IsLoopback(socket.Local.Address),
                    $"process {socket.Pid} ({Processes.Name(socket.Pid)}) listens on {socket.Local}"
                )
        );
    }
}
