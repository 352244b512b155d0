using System.Diagnostics;
using Hfi.Contracts;
using Hfi.Notifications.Tests.Support;
using Hfi.ServiceDefaults.Domain;
using Hfi.Testing;
using OpenTelemetry.Trace;

namespace Hfi.Notifications.Tests.Dispatch;

/// <summary>What an operator sees in the dashboard's traces for a notice, and what they are spared.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class NoticeTraceTests(InfrastructureFixture infrastructure)
{
    private const string TestSource = "Hfi.Notifications.Tests";
    private static readonly ActivitySource Source = new(TestSource);

    [Fact]
    public async Task A_notice_is_one_trace_from_its_event_through_the_recipient_lookup_to_every_smtp_send()
    {
        var exported = new List<Activity>();
        await using var harness = await NotificationsHarness.StartAsync(
            infrastructure,
            configureNotifications: services =>
                services.ConfigureOpenTelemetryTracerProvider(tracing =>
                    tracing.AddSource(TestSource).AddInMemoryExporter(exported)
                )
        );
        await harness.AddMembersAsync(municipal: 3, hospital: 1);

        ActivityTraceId traceId;
        using (var issuing = Source.StartActivity("issue notice"))
        {
            traceId = issuing!.TraceId;
            await harness.PublishAsync(
                SeedNotice.For(Guid.NewGuid(), Audiences.MunicipalRepresentatives),
                Guid.NewGuid()
            );
        }
        await Mailbox.WaitForAsync(harness.Mail, 3);

        var sends = await Eventually.Get(
            () => Task.FromResult(Spans(exported).Where(span => span.DisplayName == "smtp send").ToList()),
            found => found.Count == 3,
            "an smtp send span for each of the three e-mails"
        );
        Assert.All(sends, send => Assert.Equal(traceId, send.TraceId));
        Assert.All(sends, send => Assert.Equal(ActivityStatusCode.Unset, send.Status));
        var lookup = Assert.Single(Spans(exported), span => span.DisplayName == "notice recipients lookup");
        Assert.Equal(traceId, lookup.TraceId);
        Assert.Contains(Spans(exported), span => span.ParentSpanId == lookup.SpanId); // the question put to Planning
    }

    [Fact]
    public async Task Idle_polling_rounds_leave_no_traces_of_their_database_queries()
    {
        var exported = new List<Activity>();
        await using var harness = await NotificationsHarness.StartAsync(
            infrastructure,
            configureNotifications: services =>
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(exported))
        );

        // Start-up (migrations, the bus) is traced; then the harness polls every 50 ms: a second is some twenty
        // idle rounds of each worker.
        await Task.Delay(TimeSpan.FromSeconds(1));
        var settled = DateTime.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.DoesNotContain(Spans(exported), span => span.StartTimeUtc > settled && span.Source.Name == "Npgsql");
    }

    // The exporter appends while the test reads; ToArray copies without an enumerator, so it cannot throw for that.
    private static Activity[] Spans(List<Activity> exported) => exported.ToArray();
}
