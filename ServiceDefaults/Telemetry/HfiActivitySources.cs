using System.Diagnostics;

namespace Hfi.ServiceDefaults.Telemetry;

/// <summary>The activity source for spans Hfi's own shared code starts (the outbox dispatcher).</summary>
public static class HfiActivitySources
{
    public const string Name = "Hfi";
    public static readonly ActivitySource Source = new(Name);
}
