using Hfi.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hfi.Gateway.Tests;

/// <summary>
/// The gateway in memory, in the environment given, with the tests' signing key; no service behind it.
/// </summary>
public sealed class GatewayFactory(string environment, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in TestIdentity.Settings.Concat(settings ?? []))
        {
            builder.UseSetting(key, value);
        }
    }
}
