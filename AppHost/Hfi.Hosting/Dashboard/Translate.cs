namespace Hfi.Hosting.Dashboard;

/// <summary>The dashboard's words for states, health and resource types (Norwegian bokmål).</summary>
internal static class Translate
{
    public static string State(ResourceState state) => state switch
    {
        ResourceState.NotStarted => "Ikke startet",
        ResourceState.Waiting => "Venter",
        ResourceState.Starting => "Starter",
        ResourceState.Running => "Kjører",
        ResourceState.Exited => "Avsluttet",
        ResourceState.Restarting => "Starter på nytt",
        ResourceState.Stopping => "Stopper",
        ResourceState.Stopped => "Stoppet",
        ResourceState.Failed => "Feilet",
        _ => state.ToString(),
    };

    public static string Health(ResourceHealth health) => health switch
    {
        ResourceHealth.Healthy => "Frisk",
        ResourceHealth.Unhealthy => "Ikke frisk",
        _ => "Ukjent",
    };

    public static string Type(string type) => type switch
    {
        ResourceTypes.Project => "Prosjekt",
        ResourceTypes.MailCatcher => "E-postfanger",
        _ => type,
    };
}
