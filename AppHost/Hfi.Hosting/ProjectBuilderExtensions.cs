using Hfi.Hosting.ApplicationModel;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Hfi.Hosting;

public static class ProjectBuilderExtensions
{
    /// <summary>Adds a .NET project (path to its .csproj, relative to the AppHost directory); it runs from its build output.</summary>
    public static IResourceBuilder<ProjectResource> AddProject(this IDistributedApplicationBuilder builder, string name, string projectPath) =>
        builder.AddResource(new ProjectResource(name, Path.GetFullPath(projectPath, builder.AppHostDirectory)));

    /// <summary>Adds a Kestrel endpoint on 127.0.0.1; port 0 allocates a free one.</summary>
    public static IResourceBuilder<ProjectResource> WithEndpoint(
        this IResourceBuilder<ProjectResource> builder, string name, HttpProtocols protocols = HttpProtocols.Http1AndHttp2, int port = 0)
    {
        builder.Resource.AddEndpoint(new EndpointDefinition(name, protocols, port));
        return builder;
    }

    /// <summary>Passes the resource's connection string as <c>ConnectionStrings__&lt;name&gt;</c>.</summary>
    public static IResourceBuilder<ProjectResource> WithReference(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<IResourceWithConnectionString> source)
    {
        builder.Resource.AddReference(source.Resource);
        return builder;
    }

    /// <summary>Passes every endpoint of the project as <c>services__&lt;project&gt;__&lt;endpoint&gt;__0</c> (service discovery).</summary>
    public static IResourceBuilder<ProjectResource> WithReference(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<ProjectResource> source)
    {
        builder.Resource.AddReference(source.Resource);
        return builder;
    }

    /// <summary>Starts the project only once <paramref name="dependency"/> is healthy (a database: once its server is up and the database exists).</summary>
    public static IResourceBuilder<ProjectResource> WaitFor(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<IResource> dependency)
    {
        builder.Resource.AddWaitFor(dependency.Resource);
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WithEnvironment(this IResourceBuilder<ProjectResource> builder, string name, string value)
    {
        builder.Resource.SetEnvironment(name, () => value);
        return builder;
    }

    /// <summary>Sets a variable to an endpoint's URL (http://127.0.0.1:port, no trailing slash), as allocated when the application is built.</summary>
    public static IResourceBuilder<ProjectResource> WithEnvironment(
        this IResourceBuilder<ProjectResource> builder, string name, EndpointDefinition endpoint)
    {
        builder.Resource.SetEnvironment(name, () => endpoint.Url);
        return builder;
    }

    /// <summary>The project's endpoint named <paramref name="name"/> (to hand its URL to another project).</summary>
    public static EndpointDefinition GetEndpoint(this IResourceBuilder<ProjectResource> builder, string name) =>
        builder.Resource.GetEndpoint(name);

    /// <summary>Marks the project as the system's front door: its endpoints are printed once everything is healthy.</summary>
    public static IResourceBuilder<ProjectResource> WithExternalHttpEndpoints(this IResourceBuilder<ProjectResource> builder)
    {
        builder.Resource.HasExternalEndpoints = true;
        return builder;
    }
}
