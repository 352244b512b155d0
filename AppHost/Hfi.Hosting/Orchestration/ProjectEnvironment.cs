using Hfi.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Hfi.Hosting.Orchestration;

/// <summary>The environment variables a project gets, by .NET Aspire's conventions.</summary>
internal static class ProjectEnvironment
{
    private const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Inherited variables that would fight the Kestrel endpoints we configure.</summary>
    private static readonly string[] ConflictingUrlVariables =
        ["ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS"];

    public static IReadOnlyDictionary<string, string> For(ProjectResource project, IConfiguration appHostConfiguration)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            // A rebuild rewrites appsettings.json under a running service; reloading it would drop Kestrel's listeners.
            ["DOTNET_hostBuilder__reloadConfigOnChange"] = "false",
            ["OTEL_SERVICE_NAME"] = project.Name,
        };
        if (appHostConfiguration[OtlpEndpointVariable] is { Length: > 0 } otlpEndpoint)
        {
            environment[OtlpEndpointVariable] = otlpEndpoint;
        }

        foreach (var endpoint in project.Endpoints)
        {
            environment[$"Kestrel__Endpoints__{endpoint.Name}__Url"] = endpoint.Url;
            environment[$"Kestrel__Endpoints__{endpoint.Name}__Protocols"] = endpoint.Protocols.ToString();
        }

        foreach (var reference in project.References)
        {
            AddReference(environment, reference);
        }

        foreach (var (name, value) in project.Environment)
        {
            environment[name] = value;
        }

        return environment;
    }

    /// <summary><see cref="For"/> plus the removal of inherited variables that would conflict (null values).</summary>
    public static IReadOnlyDictionary<string, string?> ForProcess(ProjectResource project, IConfiguration appHostConfiguration)
    {
        var environment = For(project, appHostConfiguration).ToDictionary(pair => pair.Key, string? (pair) => pair.Value);
        foreach (var variable in ConflictingUrlVariables)
        {
            environment[variable] = null;
        }

        return environment;
    }

    private static void AddReference(Dictionary<string, string> environment, IResource reference)
    {
        switch (reference)
        {
            case IResourceWithConnectionString withConnectionString:
                environment[$"ConnectionStrings__{reference.Name}"] = withConnectionString.GetConnectionString();
                break;
            case ProjectResource referencedProject:
                foreach (var endpoint in referencedProject.Endpoints)
                {
                    environment[$"services__{referencedProject.Name}__{endpoint.Name}__0"] = endpoint.Url;
                }

                break;
        }
    }
}
