using Hfi.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Hfi.Hosting;

/// <summary>Collects the resources of a distributed application before it is built and run.</summary>
public interface IDistributedApplicationBuilder
{
    /// <summary>appsettings.json, environment variables and command-line arguments of the AppHost.</summary>
    ConfigurationManager Configuration { get; }

    /// <summary>Base for relative project and data paths.</summary>
    string AppHostDirectory { get; }

    /// <summary>Where resources keep state between runs.</summary>
    string DataDirectory { get; }

    /// <summary>The top-level resources, in the order they were added.</summary>
    IReadOnlyList<IResource> Resources { get; }

    IResourceBuilder<T> AddResource<T>(T resource)
        where T : IResource;

    /// <summary>Applies configuration, checks the graph and allocates ports; nothing starts yet.</summary>
    DistributedApplication Build();
}
