using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.ApplicationModel;
using Hfi.ServiceDefaults;

namespace Hfi.SystemTests.Chaos;

/// <summary>One fault: what was done, when it began and when it ended (the outage's end, or the kill itself).</summary>
internal sealed record Fault(
    string What,
    DateTimeOffset Began,
    DateTimeOffset Ended,
    TimeSpan? BackHealthy,
    TimeSpan? EventsThrough
);

/// <summary>
/// The faults of the chaos run, one after the other, each measured: when the struck part was healthy again, and
/// when an event published after it (a new arena, consumed by Notifications) had gone all the way through.
/// </summary>
internal sealed class FaultInjector(
    ChaosResources resources,
    HttpClient secretariat,
    AgendaEditors editors,
    CaughtMail mail,
    ChaosReport report
)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>How long the run, playing the orchestrator, waits before it starts a killed instance again.</summary>
    private static readonly TimeSpan RestartDelay = TimeSpan.FromSeconds(5);

    private readonly List<Fault> _faults = [];
    private int _probes;

    public IReadOnlyList<Fault> Faults => _faults;

    /// <summary>
    /// kill -9 of one instance of each service at once; the other instances carry on; the killed ones are started
    /// again, each once the services it depends on are (give <paramref name="services"/> in that order).
    /// </summary>
    public async Task KillReplicasAsync(IReadOnlyList<string> services)
    {
        var victims = services
            .Select(service =>
                resources.HealthyInstances(service) is [var first, _, ..]
                    ? (Id: first, Pid: resources.ProcessId(first))
                    : throw new InvalidOperationException($"{service} has no two healthy instances to kill one of.")
            )
            .ToList();
        var began = DateTimeOffset.UtcNow;
        victims.ForEach(victim => resources.KillHard(victim.Id));
        await Task.Delay(RestartDelay);
        // In the order given: Aspire starts an instance only once what it waits for is healthy again.
        foreach (var victim in victims)
        {
            await resources.CommandAsync(victim.Id, KnownResourceCommands.StartCommand, CancellationToken.None);
            await resources.WaitHealthyAgainAsync(victim.Id, victim.Pid, Patience);
        }

        var healthy = DateTimeOffset.UtcNow - began;
        var killed = string.Join(" and ", victims.Select(v => $"{v.Id} (pid {v.Pid})"));
        _faults.Add(
            new Fault(
                $"kill -9 {killed}, started again after {RestartDelay.TotalSeconds:0} s",
                began,
                began,
                healthy,
                await EventsThroughAsync(began)
            )
        );
    }

    /// <summary>
    /// Postgres stopped as pg_ctl -m fast does (SIGINT: sessions ended, a clean shutdown) and started again by Aspire.
    /// </summary>
    public async Task RestartPostgresAsync()
    {
        var id = await resources.SingleInstanceAsync(ResourceNames.Postgres, Patience);
        var pid = resources.ProcessId(id);
        var began = DateTimeOffset.UtcNow;
        ChaosResources.Signal(pid, "INT");
        await ChaosResources.WaitAsync(() => Processes.IsRunning(pid) ? null : id, Patience, "postgres to stop");
        await resources.CommandAsync(id, KnownResourceCommands.StartCommand, CancellationToken.None);
        await resources.WaitHealthyAgainAsync(id, pid, Patience);
        var ended = DateTimeOffset.UtcNow;
        _faults.Add(
            new Fault(
                $"Postgres fast shutdown (pid {pid}) and start",
                began,
                ended,
                ended - began,
                await EventsThroughAsync(began)
            )
        );
    }

    /// <summary>
    /// The RabbitMQ node stopped (SIGTERM, as Aspire stops it) and started again: Aspire's restart command.
    /// </summary>
    public async Task RestartRabbitMqAsync()
    {
        var id = await resources.SingleInstanceAsync(ResourceNames.RabbitMq, Patience);
        var pid = resources.ProcessId(id);
        var began = DateTimeOffset.UtcNow;
        await resources.CommandAsync(id, KnownResourceCommands.RestartCommand, CancellationToken.None);
        await resources.WaitHealthyAgainAsync(id, pid, Patience);
        var ended = DateTimeOffset.UtcNow;
        _faults.Add(
            new Fault($"RabbitMQ restart (pid {pid})", began, ended, ended - began, await EventsThroughAsync(began))
        );
    }

    /// <summary>The mail server frozen (SIGSTOP): connections open but nothing answers, until SIGCONT.</summary>
    public async Task StopMailServerAsync(TimeSpan outage)
    {
        var id = await resources.SingleInstanceAsync(ResourceNames.Mail, Patience);
        var pid = resources.ProcessId(id);
        var began = DateTimeOffset.UtcNow;
        var caughtBefore = mail.FileCount;
        ChaosResources.Signal(pid, "STOP");
        try
        {
            await Task.Delay(outage);
        }
        finally
        {
            ChaosResources.Signal(pid, "CONT");
        }

        var ended = DateTimeOffset.UtcNow;
        report.Line($"Mail server frozen {outage.TotalSeconds:0} s with {caughtBefore} message(s) caught before it.");
        _faults.Add(
            new Fault($"mail server SIGSTOP for {outage.TotalSeconds:0} s (pid {pid})", began, ended, null, null)
        );
    }

    /// <summary>The figures of each fault, relative to <paramref name="start"/>, once the run is over.</summary>
    public void Report(DateTimeOffset start)
    {
        var acknowledged = editors.AcknowledgedAt;
        foreach (var fault in _faults)
        {
            var edit = acknowledged.Cast<DateTimeOffset?>().FirstOrDefault(at => at > fault.Ended);
            var caught = mail.FirstAfter(fault.Ended);
            report.Line(
                $"Fault at +{Seconds(fault.Began - start)}: {fault.What}. "
                    + $"Back healthy after {Seconds(fault.BackHealthy)}; "
                    + $"an event through after {Seconds(fault.EventsThrough)}; "
                    + $"next acknowledged edit {After(edit, fault.Ended)}; "
                    + $"next e-mail caught {After(caught, fault.Ended)} after it ended."
            );
        }
    }

    /// <summary>
    /// Creates an arena and waits until Notifications lists its ArenaCreated event: outbox, broker and consumer all
    /// work.
    /// </summary>
    private async Task<TimeSpan?> EventsThroughAsync(DateTimeOffset since)
    {
        var name = $"Kaosprøve {Interlocked.Increment(ref _probes)} {Guid.NewGuid():N}";
        var arenaId = await ChaosResources.WaitAsync(
            async () =>
            {
                try
                {
                    return await secretariat.CreateArenaAsync(name);
                }
                catch (Exception exception)
                    when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException)
                {
                    await Task.Delay(500);
                    return null;
                }
            },
            Patience,
            "an arena to be created"
        );
        try
        {
            await ChaosResources.WaitAsync(
                async () =>
                {
                    using var answer = await secretariat.GetAsync("/api/notifications/events?limit=200");
                    if (!answer.IsSuccessStatusCode)
                        return null;
                    var events = await answer.Content.ReadFromJsonAsync<JsonElement>();
                    return events
                        .GetProperty("events")
                        .EnumerateArray()
                        .Any(e => e.GetProperty("summary").GetString()!.Contains(arenaId!, StringComparison.Ordinal))
                        ? arenaId
                        : null;
                },
                Patience,
                $"Notifications to receive ArenaCreated of {arenaId}"
            );
            return DateTimeOffset.UtcNow - since;
        }
        catch (TimeoutException)
        {
            report.Fail(
                $"The event of arena {arenaId}, created after a fault, did not reach Notifications "
                    + $"within {Patience.TotalMinutes:0} min."
            );
            return null;
        }
    }

    private static string After(DateTimeOffset? at, DateTimeOffset since) =>
        at is { } value ? Seconds(value - since) : "(none)";

    private static string Seconds(TimeSpan? span) =>
        span is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value.TotalSeconds:0.0} s") : "-";
}

/// <summary>The run's figures, line by line, and what failed.</summary>
internal sealed class ChaosReport
{
    private readonly List<string> _lines = [];
    private readonly List<string> _failures = [];

    public IReadOnlyList<string> Failures => _failures;

    public void Line(string line)
    {
        lock (_lines)
            _lines.Add(line);
    }

    public void Fail(string failure)
    {
        lock (_lines)
        {
            _failures.Add(failure);
            _lines.Add($"FAIL: {failure}");
        }
    }

    public override string ToString()
    {
        lock (_lines)
        {
            var verdict =
                _failures.Count == 0
                    ? "Chaos run: nothing lost, nothing twice."
                    : $"Chaos run: {_failures.Count} failure(s).";
            return string.Join(Environment.NewLine, [.. _lines, verdict]);
        }
    }
}
