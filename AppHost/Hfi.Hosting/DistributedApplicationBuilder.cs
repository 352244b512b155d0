using Hfi.Hosting.ApplicationModel;
using Hfi.Hosting.Orchestration;
using Hfi.Hosting.Servers;
using Microsoft.Extensions.Configuration;

namespace Hfi.Hosting;

internal sealed class DistributedApplicationBuilder : IDistributedApplicationBuilder
{
    private readonly List<IResource> _resources = [];
    private readonly DistributedApplicationOptions _options;

    public DistributedApplicationBuilder(DistributedApplicationOptions options)
    {
        _options = options;
        AppHostDirectory = Path.GetFullPath(options.AppHostDirectory ?? SolutionDirectory.Find(AppContext.BaseDirectory));
        DataDirectory = Path.GetFullPath(options.DataDirectory ?? Path.Combine(AppHostDirectory, ".hfi"));
        Configuration = new ConfigurationManager();
        Configuration.SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddCommandLine(options.Args);
    }

    public ConfigurationManager Configuration { get; }

    public string AppHostDirectory { get; }

    public string DataDirectory { get; }

    public IReadOnlyList<IResource> Resources => _resources;

    public IResourceBuilder<T> AddResource<T>(T resource)
        where T : IResource
    {
        if (_resources.Any(existing => string.Equals(existing.Name, resource.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"A resource named '{resource.Name}' already exists.");
        }

        _resources.Add(resource);
        return new ResourceBuilder<T>(resource, this);
    }

    public DistributedApplication Build()
    {
        ApplyExistingServerConnectionStrings();
        var graph = new ResourceGraph(_resources);
        AllocatePorts();
        var dashboardPort = _options.DashboardPort
                            ?? Configuration.GetValue<int?>("Dashboard:Port")
                            ?? DistributedApplicationOptions.DefaultDashboardPort;
        return new DistributedApplication(graph, Configuration, dashboardPort);
    }

    private void ApplyExistingServerConnectionStrings()
    {
        foreach (var resource in _resources)
        {
            var existing = Configuration.GetConnectionString(resource.Name);
            switch (resource)
            {
                case PostgresServerResource postgres:
                    postgres.ExistingConnectionString = existing;
                    break;
                case RabbitMQServerResource rabbitMq:
                    rabbitMq.ExistingConnectionString = existing;
                    break;
            }
        }
    }

    private void AllocatePorts()
    {
        foreach (var resource in _resources)
        {
            var ports = resource switch
            {
                PostgresServerResource { UsesExistingServer: false } postgres => new[] { postgres.Port },
                RabbitMQServerResource { UsesExistingServer: false } rabbitMq => new[] { rabbitMq.AmqpPort },
                MailCatcherResource mail => new[] { mail.SmtpPort },
                ProjectResource project => project.Endpoints.Select(endpoint => endpoint.Port),
                _ => Enumerable.Empty<AllocatedPort>(),
            };
            foreach (var port in ports)
            {
                port.Allocate(FreePort.Next);
            }
        }
    }
}
