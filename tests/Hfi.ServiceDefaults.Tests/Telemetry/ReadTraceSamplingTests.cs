using System.Diagnostics;
using Hfi.ServiceDefaults.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Trace;

namespace Hfi.ServiceDefaults.Tests.Telemetry;

public sealed class ReadTraceSamplingTests : IDisposable
{
    // Spans as ASP.NET Core and a client library in the same process start them.
    private readonly ActivitySource _server = new("Microsoft.AspNetCore");
    private readonly ActivitySource _client = new("Npgsql.Tests");
    private readonly List<Activity> _exported = [];
    private TracerProvider? _provider;

    private void Sampling(double ratio, TimeSpan? slow = null)
    {
        var options = new TelemetryOptions { ReadTraceRatio = ratio, SlowRead = slow ?? TimeSpan.FromSeconds(1) };
        _provider = OpenTelemetry
            .Sdk.CreateTracerProviderBuilder()
            .AddSource(_server.Name, _client.Name)
            .AddProcessor(new ReadTraceSampling(options, Exporting(_exported)))
            .Build();
    }

    private void Request(string method, int status = 200, bool childFails = false, TimeSpan? took = null)
    {
        using var request = _server.StartActivity("Microsoft.AspNetCore.Hosting.HttpRequestIn", ActivityKind.Server)!;
        request.SetTag("http.request.method", method);
        if (took is { } duration)
            request.SetStartTime(DateTime.UtcNow - duration);
        using (var query = _client.StartActivity("SELECT", ActivityKind.Client)!)
        {
            if (childFails)
                query.SetStatus(ActivityStatusCode.Error, "timeout");
        }
        request.SetTag("http.response.status_code", status);
    }

    [Fact]
    public void A_fast_successful_read_outside_the_sampled_share_is_not_exported_at_all()
    {
        Sampling(ratio: 0);
        Request("GET");
        Assert.Empty(_exported);
    }

    [Fact]
    public void A_read_that_failed_is_exported_whole_whatever_the_share()
    {
        Sampling(ratio: 0);
        Request("GET", status: 503);
        Assert.Equal(["SELECT", "Microsoft.AspNetCore.Hosting.HttpRequestIn"], _exported.Select(a => a.OperationName));
    }

    [Fact]
    public void A_read_with_a_failed_span_inside_is_exported_whole()
    {
        Sampling(ratio: 0);
        Request("GET", childFails: true);
        Assert.Equal(2, _exported.Count);
    }

    [Fact]
    public void A_slow_read_is_exported_whole()
    {
        Sampling(ratio: 0, slow: TimeSpan.FromMilliseconds(200));
        Request("GET", took: TimeSpan.FromMilliseconds(300));
        Assert.Equal(2, _exported.Count);
    }

    [Fact]
    public void Every_write_is_exported_whatever_the_share()
    {
        Sampling(ratio: 0);
        Request("POST");
        Assert.Equal(2, _exported.Count);
    }

    [Fact]
    public void Spans_outside_any_request_are_exported()
    {
        Sampling(ratio: 0);
        _client.StartActivity("outbox")!.Dispose();
        Assert.Single(_exported);
    }

    [Fact]
    public void With_a_ratio_of_one_every_read_is_exported()
    {
        Sampling(ratio: 1);
        for (var i = 0; i < 20; i++)
            Request("GET");
        Assert.Equal(40, _exported.Count);
    }

    [Fact]
    public void Every_process_keeps_the_same_traces_and_about_the_share_asked()
    {
        var options = new TelemetryOptions { ReadTraceRatio = 0.1 };
        using var one = new ReadTraceSampling(options, Exporting([]));
        using var other = new ReadTraceSampling(options, Exporting([]));
        var ids = Enumerable.Range(0, 20_000).Select(_ => ActivityTraceId.CreateRandom()).ToList();

        Assert.All(ids, id => Assert.Equal(one.InSampledShare(id), other.InSampledShare(id)));
        Assert.InRange(ids.Count(one.InSampledShare), 1_600, 2_400);
    }

    private static SimpleActivityExportProcessor Exporting(List<Activity> into) =>
        new(new InMemoryExporter<Activity>(into));

    public void Dispose()
    {
        _provider?.Dispose();
        _server.Dispose();
        _client.Dispose();
    }
}
