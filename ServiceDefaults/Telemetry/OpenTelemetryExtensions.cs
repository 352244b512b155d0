using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Hfi.ServiceDefaults.Telemetry;

internal static class OpenTelemetryExtensions
{
    /// <summary>
    /// Tag combinations kept per metric stream (OpenTelemetry's default is 2,000). Each of the ~95 streams of a
    /// service preallocates an array of this many points (~72 bytes each) and a dictionary to find them. Only the
    /// streams tagged by route or message type have dozens of combinations; the runtime's, Kestrel's, the HTTP
    /// client's and Npgsql's have a handful, so they keep 100. Beyond the limit the points are folded into one
    /// overflow point, not lost.
    /// </summary>
    private const int MetricPointsPerRouteOrMessageStream = 500;

    private const int MetricPointsPerOtherStream = 100;

    private static readonly string[] MetersTaggedByRouteOrMessage =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Routing",
        "MassTransit",
    ];

    public static void ConfigureStructuredLogging(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss.fff ";
            options.IncludeScopes = true;
        });
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });
    }

    public static void ConfigureOpenTelemetry(this IHostApplicationBuilder builder)
    {
        builder
            .Services.AddOpenTelemetry()
            .WithMetrics(metrics =>
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter("MassTransit")
                    .AddMeter(HfiMetrics.MeterName)
                    .AddNpgsqlInstrumentation()
                    .AddView(instrument => new MetricStreamConfiguration
                    {
                        CardinalityLimit = MetricPointsFor(instrument),
                    })
            )
            .WithTracing(tracing =>
                tracing
                    .AddSource(builder.Environment.ApplicationName)
                    .AddSource(HfiActivitySources.Name)
                    .AddSource("MassTransit")
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbe(context.Request.Path))
                    .AddGrpcClientInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddNpgsql()
            );

        builder
            .Services.AddOptions<TelemetryOptions>()
            .Bind(builder.Configuration.GetSection(TelemetryOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            // Per signal rather than UseOtlpExporter, so that traces pass the read sampling on their way out.
            // Both exporters read the OTEL_EXPORTER_OTLP_* settings the AppHost gives every project.
            builder
                .Services.AddOpenTelemetry()
                .WithLogging(logging => logging.AddOtlpExporter())
                .WithMetrics(metrics => metrics.AddOtlpExporter())
                .WithTracing(tracing =>
                    tracing.AddProcessor(services => new ReadTraceSampling(
                        services.GetRequiredService<IOptions<TelemetryOptions>>().Value,
                        OtlpTraceExport()
                    ))
                );
        }
    }

    /// <summary>
    /// What UseOtlpExporter builds for traces, from the OTEL_EXPORTER_OTLP_* and OTEL_BSP_* settings.
    /// </summary>
    private static BatchActivityExportProcessor OtlpTraceExport()
    {
        var batch = new BatchExportActivityProcessorOptions();
        return new BatchActivityExportProcessor(
            new OtlpTraceExporter(new OtlpExporterOptions()),
            batch.MaxQueueSize,
            batch.ScheduledDelayMilliseconds,
            batch.ExporterTimeoutMilliseconds,
            batch.MaxExportBatchSize
        );
    }

    private static bool IsProbe(Microsoft.AspNetCore.Http.PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/alive");

    private static int MetricPointsFor(Instrument instrument) =>
        MetersTaggedByRouteOrMessage.Contains(instrument.Meter.Name)
            ? MetricPointsPerRouteOrMessageStream
            : MetricPointsPerOtherStream;
}
