using System.Diagnostics.Metrics;

namespace Hfi.ServiceDefaults.Telemetry;

/// <summary>
/// The domain metrics an operator watches in the dashboard (meter "Hfi"): notices issued, e-mails sent and
/// failed, the outbox's backlog and the age of its oldest message, and messages parked in error queues.
/// </summary>
public static class HfiMetrics
{
    public const string MeterName = "Hfi";
    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> NoticesIssued = Meter.CreateCounter<long>(
        "hfi.notices.issued",
        "{notice}",
        "Meeting notices (innkallinger) issued."
    );

    public static readonly Counter<long> EmailsSent = Meter.CreateCounter<long>(
        "hfi.emails.sent",
        "{email}",
        "E-mails the mail server accepted."
    );

    public static readonly Counter<long> EmailsFailed = Meter.CreateCounter<long>(
        "hfi.emails.failed",
        "{email}",
        "E-mail attempts that failed (retried later, or dead-lettered when permanent)."
    );

    private static long _outboxBacklog;
    private static double _outboxOldestAgeSeconds;
    private static IReadOnlyList<(string Queue, long Messages)> _errorQueues = [];

    static HfiMetrics()
    {
        Meter.CreateObservableGauge(
            "hfi.outbox.backlog",
            () => Interlocked.Read(ref _outboxBacklog),
            "{message}",
            "Integration events written but not yet published."
        );
        Meter.CreateObservableGauge(
            "hfi.outbox.oldest_age",
            () => Volatile.Read(ref _outboxOldestAgeSeconds),
            "s",
            "Age of the oldest unpublished integration event (0 when the outbox is empty)."
        );
        Meter.CreateObservableGauge(
            "hfi.messaging.error_queue.messages",
            () =>
                Volatile
                    .Read(ref _errorQueues)
                    .Select(queue => new Measurement<long>(
                        queue.Messages,
                        new KeyValuePair<string, object?>("queue", queue.Queue)
                    )),
            "{message}",
            "Messages a consumer gave up on, parked in this service's error queues."
        );
    }

    public static void RecordOutbox(long backlog, TimeSpan oldestAge)
    {
        Interlocked.Exchange(ref _outboxBacklog, backlog);
        Volatile.Write(ref _outboxOldestAgeSeconds, Math.Max(0, oldestAge.TotalSeconds));
    }

    public static void RecordErrorQueues(IReadOnlyList<(string Queue, long Messages)> queues) =>
        Volatile.Write(ref _errorQueues, queues);
}
