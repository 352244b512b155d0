using Hfi.Planning.Data;
using Hfi.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hfi.Planning.Tests.Messaging;

/// <summary>
/// Nothing phones home: the shared messaging setup turns MassTransit's usage reports to its vendor off.
/// </summary>
public sealed class VendorTelemetryTests
{
    [Fact]
    public void MassTransit_sends_no_usage_telemetry_to_its_vendor()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:rabbitmq"] = "amqp://guest:guest@127.0.0.1:1/";
        builder.AddHfiMessaging<PlanningDbContext>("planning");
        using var services = builder.Services.BuildServiceProvider();

        Assert.False(services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
    }
}
