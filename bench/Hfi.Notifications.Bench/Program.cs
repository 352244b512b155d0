// Dispatches one notice to N recipients through the real EmailDispatcher, a real Postgres and a real SMTP sink, and
// prints deliveries per second beside the sink's own ceiling: a plain SMTP blast of the same message over the same
// number of connections, from this process, in the same run (SmtpBlast).
//
// Usage: dotnet run -c Release --project bench/Hfi.Notifications.Bench --
//            [--recipients 10000] [--connections 16] [--sink smtp-sink|catcher|both] [--attachment-kb 0]
//            [--batch-size N] [--warm-up 0] [--repeat 2]
//   --sink smtp-sink  Postfix's smtp-sink on a free port, counting and discarding (the default; installed by
//                     eng/install-smtp-sink.sh): the dispatcher's own speed.
//   --sink catcher    our mail catcher (hfi_mailcatcher.py), as the tests and the AppHost run it, writing a Maildir.
//   --sink both       one after the other, each on its own database.
//   --attachment-kb   attach a PDF of that size to every e-mail (0: the notice links its PDF, as when it is too large).
//   --batch-size      e-mails claimed at a time (default: Mail:BatchSize's default).
//   --warm-up         recipients of a notice into the first sink before the others, printed but not the figure
//                     (default 0: the figure is then the first notice of a fresh process).
//   --repeat          notices into smtp-sink, each printed (default 2: the first notice of this process, the figure,
//                     and a second one, warm): how the cost per e-mail changes from notice to notice.
// The bench runs with the services' runtime settings (workstation non-concurrent GC, no TieredPGO, the AppHost's
// 4 MB gen0 budget: its csproj and launchSettings.json), and each notice's figure starts once the JIT has compiled
// what the bench did before it (see FanOut).
// Prints a block per sink and, last, one machine-readable line:
//   deliveries_per_second=NNNN sink_ceiling=NNNN ratio=0.NN [warm_deliveries_per_second=NNNN]
//   [catcher_deliveries_per_second=NNNN catcher_ceiling=NNNN]
// (the first three for smtp-sink's first notice, or for the catcher when only it runs; warm: smtp-sink's second).
// Exits 1 unless every e-mail was delivered once.
using System.Globalization;
using Hfi.Hosting.Servers;
using Hfi.Notifications.Bench;

var options = BenchOptions.Parse(args);
var root = Path.Combine(Path.GetTempPath(), "hfi-notifications-bench", Guid.NewGuid().ToString("N")[..12]);
await using var postgres = await PostgresServer.StartAsync(
    new PostgresServerOptions(Path.Combine(root, "postgres"), Throwaway: true)
);
Console.WriteLine(
    string.Create(
        CultureInfo.InvariantCulture,
        $"Notice to {options.Recipients:N0} recipients over {options.Connections} SMTP connection(s), "
            + $"{Environment.ProcessorCount} CPU(s); {RuntimeWork.Settings()}"
    )
);

var results = new Dictionary<string, FanOutResult>();
FanOutResult? warmUp = null;
if (options.Sink is "smtp-sink" or "both")
{
    await using var sink = await PostfixSmtpSink.StartAsync();
    Task<int> Caught(int expected) => sink.WaitForCountAsync(expected);
    warmUp = await WarmUpAsync(sink.ConnectionString, sink.Port, Caught);
    for (var notice = 1; notice <= options.Repeat; notice++)
    {
        results[notice == 1 ? "smtp-sink" : $"smtp-sink #{notice}"] = await FanOut.RunAsync(
            postgres,
            $"smtpsink{notice}",
            sink.ConnectionString,
            sink.Port,
            options,
            Caught
        );
    }
}
if (options.Sink is "catcher" or "both")
{
    await using var sink = await SmtpSinkServer.StartAsync(
        new SmtpSinkServerOptions(Path.Combine(root, "smtp"), Throwaway: true)
    );
    Task<int> Caught(int _) => Task.FromResult(CaughtCount(sink.CaughtMailFolder));
    warmUp ??= await WarmUpAsync(sink.ConnectionString, sink.Port, Caught);
    results["catcher"] = await FanOut.RunAsync(postgres, "catcher", sink.ConnectionString, sink.Port, options, Caught);
}

if (warmUp is not null)
{
    Console.WriteLine(
        warmUp.Describe($"warm-up, the first notice of this process ({options.WarmUp:N0}, not the figure)")
    );
}
var order = warmUp is null ? 0 : 1;
foreach (var (name, result) in results)
    Console.WriteLine(result.Describe($"{name} (notice {++order} of this process)"));
var main = results.GetValueOrDefault("smtp-sink") ?? results["catcher"];
var line = string.Create(
    CultureInfo.InvariantCulture,
    $"deliveries_per_second={main.DeliveriesPerSecond:F0} sink_ceiling={main.SinkCeiling:F0} ratio={main.Ratio:F2}"
);
if (results.TryGetValue("smtp-sink #2", out var warm))
{
    line += string.Create(CultureInfo.InvariantCulture, $" warm_deliveries_per_second={warm.DeliveriesPerSecond:F0}");
}
if (main != results.GetValueOrDefault("catcher") && results.TryGetValue("catcher", out var catcher))
{
    line += string.Create(
        CultureInfo.InvariantCulture,
        $" catcher_deliveries_per_second={catcher.DeliveriesPerSecond:F0} catcher_ceiling={catcher.SinkCeiling:F0}"
    );
}
Console.WriteLine(line);
return results.Values.All(r => r.Complete) && warmUp?.Complete != false ? 0 : 1;

async Task<FanOutResult?> WarmUpAsync(string smtp, int port, Func<int, Task<int>> caught) =>
    options.WarmUp > 0
        ? await FanOut.RunAsync(postgres, "warmup", smtp, port, options with { Recipients = options.WarmUp }, caught)
        : null;

static int CaughtCount(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;
