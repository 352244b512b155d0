using Hfi.Hosting.ApplicationModel;

namespace Hfi.Hosting.Orchestration;

/// <summary>
/// The top-level resources and what depends on what (references and waits; a database counts as its server).
/// Checks the graph and orders it: dependencies first, otherwise in the order resources were added.
/// </summary>
internal sealed class ResourceGraph
{
    private readonly Dictionary<IResource, IReadOnlyList<IResource>> _dependencies;

    public ResourceGraph(IReadOnlyList<IResource> resources)
    {
        Resources = resources;
        EnsureUniqueNames(resources);
        _dependencies = resources.ToDictionary(resource => resource, IReadOnlyList<IResource> (resource) => DependenciesOf(resource, resources));
        StartOrder = TopologicalOrder();
    }

    public IReadOnlyList<IResource> Resources { get; }

    /// <summary>Every resource after the resources it depends on.</summary>
    public IReadOnlyList<IResource> StartOrder { get; }

    /// <summary>The top-level resources <paramref name="resource"/> references or waits for.</summary>
    public IReadOnlyList<IResource> Dependencies(IResource resource) => _dependencies[resource];

    /// <summary>The top-level resources that must be healthy before <paramref name="resource"/> starts.</summary>
    public static IReadOnlyList<IResource> WaitTargets(IResource resource) =>
        resource is ProjectResource project ? project.WaitsFor.Select(TopLevel).Distinct().ToList() : [];

    public IEnumerable<IResource> Dependents(IResource resource) =>
        Resources.Where(candidate => _dependencies[candidate].Contains(resource));

    public IResource Get(string name) =>
        Resources.FirstOrDefault(resource => string.Equals(resource.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"There is no resource named '{name}'.");

    private static IResource TopLevel(IResource resource) => resource is IResourceWithParent child ? TopLevel(child.Parent) : resource;

    private static List<IResource> DependenciesOf(IResource resource, IReadOnlyList<IResource> resources)
    {
        if (resource is not ProjectResource project)
        {
            return [];
        }

        var dependencies = project.References.Concat(project.WaitsFor).Select(TopLevel).Distinct().ToList();
        var foreign = dependencies.FirstOrDefault(dependency => !resources.Contains(dependency));
        if (foreign is not null)
        {
            throw new InvalidOperationException($"'{project.Name}' depends on '{foreign.Name}', which is not part of this application.");
        }

        return dependencies.Contains(project)
            ? throw new InvalidOperationException($"'{project.Name}' depends on itself.")
            : dependencies;
    }

    private static void EnsureUniqueNames(IReadOnlyList<IResource> resources)
    {
        var databases = resources.OfType<PostgresServerResource>().SelectMany(server => server.Databases);
        var duplicate = resources.Concat(databases)
            .GroupBy(resource => resource.Name, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"More than one resource is named '{duplicate.Key}'.");
        }
    }

    private List<IResource> TopologicalOrder()
    {
        var ordered = new List<IResource>();
        var remaining = Resources.ToList();
        while (remaining.Count > 0)
        {
            var next = remaining.FirstOrDefault(resource => _dependencies[resource].All(ordered.Contains))
                       ?? throw new InvalidOperationException(
                           $"The dependencies of {string.Join(", ", remaining.Select(resource => resource.Name))} form a cycle.");
            ordered.Add(next);
            remaining.Remove(next);
        }

        return ordered;
    }
}
