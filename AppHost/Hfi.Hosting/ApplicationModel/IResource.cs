namespace Hfi.Hosting.ApplicationModel;

/// <summary>Something the AppHost runs or wires up, known by a unique name.</summary>
public interface IResource
{
    string Name { get; }
}

/// <summary>A resource other resources reach through a connection string (<c>ConnectionStrings__&lt;name&gt;</c>).</summary>
public interface IResourceWithConnectionString : IResource
{
    /// <summary>The connection string; available once the application is built (ports are allocated then).</summary>
    string GetConnectionString();
}

/// <summary>A resource that lives inside another one (a database inside its server).</summary>
public interface IResourceWithParent : IResource
{
    IResource Parent { get; }
}
