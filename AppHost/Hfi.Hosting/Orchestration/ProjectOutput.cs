using System.Xml.Linq;
using Hfi.Hosting.ApplicationModel;

namespace Hfi.Hosting.Orchestration;

/// <summary>
/// Where a project's build output is: <c>&lt;project&gt;/bin/&lt;Configuration&gt;/&lt;tfm&gt;/&lt;AssemblyName&gt;.dll</c>,
/// built with the same configuration as the AppHost and for the runtime the AppHost runs on.
/// </summary>
internal sealed record ProjectOutput(string AssemblyPath)
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public string Directory => Path.GetDirectoryName(AssemblyPath)!;

    public bool Exists => File.Exists(AssemblyPath);

    public static ProjectOutput Of(ProjectResource project)
    {
        var projectDirectory = Path.GetDirectoryName(project.ProjectPath)!;
        var targetFramework = $"net{Environment.Version.Major}.{Environment.Version.Minor}";
        var assemblyName = AssemblyNameOf(project.ProjectPath);
        return new ProjectOutput(Path.Combine(projectDirectory, "bin", Configuration, targetFramework, $"{assemblyName}.dll"));
    }

    private static string AssemblyNameOf(string projectPath)
    {
        var declared = File.Exists(projectPath)
            ? XDocument.Load(projectPath).Descendants().FirstOrDefault(element => element.Name.LocalName == "AssemblyName")?.Value
            : null;
        return string.IsNullOrWhiteSpace(declared) ? Path.GetFileNameWithoutExtension(projectPath) : declared.Trim();
    }
}
