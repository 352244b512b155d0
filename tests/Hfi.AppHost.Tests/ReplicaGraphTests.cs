using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Hfi.ServiceDefaults;

namespace Hfi.AppHost.Tests;

/// <summary>
/// <c>HFI_REPLICAS</c> (<see cref="HfiSystem.ReplicasSetting"/>): how many instances of each service and the gateway
/// run.
/// </summary>
public sealed class ReplicaGraphTests : IDisposable
{
    private static readonly string[] Replicated =
    [
        ResourceNames.Planning,
        ResourceNames.Meetings,
        ResourceNames.Documents,
        ResourceNames.Notifications,
        ResourceNames.Gateway,
    ];

    private readonly string _dataDirectory = TestDirectory.Create("replicas");

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
            Directory.Delete(_dataDirectory, recursive: true);
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("2", 2)]
    [InlineData("3", 3)]
    public async Task Every_service_and_the_gateway_run_as_many_times_as_asked_and_their_endpoints_go_through_the_proxy(
        string? replicas,
        int expected
    )
    {
        string[] args = replicas is null
            ? [$"{HfiSystem.DataDirectorySetting}={_dataDirectory}"]
            : [$"{HfiSystem.DataDirectorySetting}={_dataDirectory}", $"{HfiSystem.ReplicasSetting}={replicas}"];
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Hfi_AppHost>(args);

        foreach (var name in Replicated)
        {
            var project = builder.Resources.Single(resource => resource.Name == name);
            Assert.Equal(expected, project.Annotations.OfType<ReplicaAnnotation>().SingleOrDefault()?.Replicas ?? 1);
            // Several instances can only share an address through Aspire's proxy, which spreads connections over them.
            Assert.All(
                project.Annotations.OfType<EndpointAnnotation>(),
                endpoint => Assert.True(endpoint.IsProxied, $"{name}/{endpoint.Name}")
            );
        }

        // The servers are shared by all instances: one each.
        Assert.All(
            [ResourceNames.Postgres, ResourceNames.RabbitMq, ResourceNames.Mail],
            name =>
                Assert.Null(
                    builder
                        .Resources.Single(resource => resource.Name == name)
                        .Annotations.OfType<ReplicaAnnotation>()
                        .SingleOrDefault()
                )
        );
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("2", false)]
    public async Task With_direct_endpoints_the_projects_and_the_servers_they_use_are_reached_without_the_proxy(
        string? replicas,
        bool projectsDirect
    )
    {
        string[] args =
        [
            $"{HfiSystem.DataDirectorySetting}={_dataDirectory}",
            $"{HfiSystem.DirectEndpointsSetting}=true",
            .. replicas is null ? Array.Empty<string>() : [$"{HfiSystem.ReplicasSetting}={replicas}"],
        ];
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Hfi_AppHost>(args);

        // Replicas still share their address through the proxy; the servers are never replicated.
        Assert.All(
            Replicated,
            name => Assert.All(ProxiedEndpoints(builder, name), proxied => Assert.Equal(!projectsDirect, proxied))
        );
        Assert.All(
            [ResourceNames.Postgres, ResourceNames.RabbitMq, ResourceNames.Mail],
            name => Assert.All(ProxiedEndpoints(builder, name), proxied => Assert.False(proxied, name))
        );
    }

    /// <summary>Whether each endpoint of the resource goes through the proxy (a project may turn it off for all).</summary>
    private static IEnumerable<bool> ProxiedEndpoints(IDistributedApplicationTestingBuilder builder, string name)
    {
        var resource = builder.Resources.Single(resource => resource.Name == name);
        var proxySupported = resource.Annotations.OfType<ProxySupportAnnotation>().All(a => a.ProxyEnabled);
        return resource.Annotations.OfType<EndpointAnnotation>().Select(e => e.IsProxied && proxySupported).ToList();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("two")]
    [InlineData("-1")]
    public async Task A_replica_count_that_is_not_a_whole_number_from_1_is_refused_by_name(string replicas)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Hfi_AppHost>([
                $"{HfiSystem.DataDirectorySetting}={_dataDirectory}",
                $"{HfiSystem.ReplicasSetting}={replicas}",
            ]);
        });
        Assert.Contains(HfiSystem.ReplicasVariable, error.Message, StringComparison.Ordinal);
    }
}
