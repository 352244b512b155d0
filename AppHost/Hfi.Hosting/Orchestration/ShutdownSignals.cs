using System.Runtime.InteropServices;

namespace Hfi.Hosting.Orchestration;

/// <summary>Turns Ctrl+C (SIGINT) and SIGTERM into a graceful stop instead of an abrupt exit.</summary>
internal sealed class ShutdownSignals : IDisposable
{
    private readonly PosixSignalRegistration[] _registrations;

    public ShutdownSignals(Action onSignal)
    {
        _registrations = [Register(PosixSignal.SIGINT, onSignal), Register(PosixSignal.SIGTERM, onSignal)];
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }

    private static PosixSignalRegistration Register(PosixSignal signal, Action onSignal) =>
        PosixSignalRegistration.Create(signal, context =>
        {
            context.Cancel = true;
            onSignal();
        });
}
