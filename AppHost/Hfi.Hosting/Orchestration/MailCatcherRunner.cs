using Hfi.Hosting.ApplicationModel;
using Hfi.Hosting.Servers;

namespace Hfi.Hosting.Orchestration;

/// <summary>Runs the local mail catcher; its endpoints name the SMTP address and the folder the caught mail is read from.</summary>
internal sealed class MailCatcherRunner(MailCatcherResource resource, ResourceStatus status) : ResourceRunner(status)
{
    private SmtpSinkServer? _server;
    private Task _exitReport = Task.CompletedTask;

    /// <summary>The folder holding one file per caught message, once running.</summary>
    public string? CaughtMailFolder { get; private set; }

    public override async Task StartAsync(CancellationToken stopping)
    {
        Status.SetState(ResourceState.Starting);
        var throwaway = resource.DataDirectory is null;
        var options = new SmtpSinkServerOptions(
            resource.DataDirectory ?? TemporaryDirectory.For(resource.Name), resource.SmtpPort.Value, throwaway);
        _server = await SmtpSinkServer.StartAsync(options, Status.Output, stopping);
        Status.ProcessStarted(_server.ProcessId, isRestart: false);
        _exitReport = ReportUnexpectedExitAsync("aiosmtpd", _server.Exited, stopping);
        CaughtMailFolder = _server.CaughtMailFolder;
        Status.SetEndpoints([new("smtp", _server.ConnectionString), new("maildir", CaughtMailFolder)]);
        Status.SetState(ResourceState.Running);
    }

    public override Task<bool> CheckHealthAsync(CancellationToken cancellationToken) =>
        PortProbe.IsAcceptingAsync("127.0.0.1", resource.SmtpPort.Value, cancellationToken);

    public override async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            await _exitReport;
        }
    }
}
