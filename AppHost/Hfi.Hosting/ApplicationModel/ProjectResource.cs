namespace Hfi.Hosting.ApplicationModel;

/// <summary>A .NET project of the solution, run from its build output.</summary>
public sealed class ProjectResource(string name, string projectPath) : IResource
{
    private readonly List<EndpointDefinition> _endpoints = [];
    private readonly List<IResource> _references = [];
    private readonly List<IResource> _waitsFor = [];
    private readonly Dictionary<string, Func<string>> _environment = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    /// <summary>Full path of the .csproj file.</summary>
    public string ProjectPath { get; } = projectPath;

    public IReadOnlyList<EndpointDefinition> Endpoints => _endpoints;

    /// <summary>Resources whose connection string or endpoints this project receives.</summary>
    public IReadOnlyList<IResource> References => _references;

    /// <summary>Resources that must be healthy before this project starts.</summary>
    public IReadOnlyList<IResource> WaitsFor => _waitsFor;

    /// <summary>Extra environment variables set with <c>WithEnvironment</c>.</summary>
    public IReadOnlyDictionary<string, string> Environment =>
        _environment.ToDictionary(variable => variable.Key, variable => variable.Value(), StringComparer.Ordinal);

    /// <summary>Its endpoints are the system's front door: printed once everything is healthy.</summary>
    public bool HasExternalEndpoints { get; internal set; }

    internal void AddEndpoint(EndpointDefinition endpoint)
    {
        if (_endpoints.Any(existing => existing.Name == endpoint.Name))
        {
            throw new InvalidOperationException($"Project '{Name}' already has an endpoint named '{endpoint.Name}'.");
        }

        _endpoints.Add(endpoint);
    }

    internal void AddReference(IResource resource)
    {
        if (!_references.Contains(resource))
        {
            _references.Add(resource);
        }
    }

    internal void AddWaitFor(IResource resource)
    {
        if (!_waitsFor.Contains(resource))
        {
            _waitsFor.Add(resource);
        }
    }

    /// <summary>Sets a variable whose value is known only once the application is built (an allocated port).</summary>
    internal void SetEnvironment(string name, Func<string> value) => _environment[name] = value;

    public EndpointDefinition GetEndpoint(string name) =>
        _endpoints.FirstOrDefault(endpoint => endpoint.Name == name)
        ?? throw new KeyNotFoundException($"Project '{Name}' has no endpoint named '{name}'.");
}
