using System.Globalization;

namespace Hfi.Notifications.Bench;

/// <summary>The bench's command line (see Program.cs).</summary>
public sealed record BenchOptions(
    int Recipients,
    int Connections,
    string Sink,
    int AttachmentKilobytes,
    int WarmUp,
    int? BatchSize = null,
    int Repeat = 2
)
{
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(
            Recipients: 10_000,
            Connections: 16,
            Sink: "smtp-sink",
            AttachmentKilobytes: 0,
            WarmUp: 0
        );
        for (var index = 0; index < args.Length; index++)
        {
            var value =
                index + 1 < args.Length
                    ? args[index + 1]
                    : throw new ArgumentException($"{args[index]} needs a value.");
            options = args[index++] switch
            {
                "--recipients" => options with { Recipients = int.Parse(value, CultureInfo.InvariantCulture) },
                "--connections" => options with { Connections = int.Parse(value, CultureInfo.InvariantCulture) },
                "--batch-size" => options with { BatchSize = int.Parse(value, CultureInfo.InvariantCulture) },
                "--repeat" => options with { Repeat = int.Parse(value, CultureInfo.InvariantCulture) },
                "--warm-up" => options with { WarmUp = int.Parse(value, CultureInfo.InvariantCulture) },
                "--sink" when value is "smtp-sink" or "catcher" or "both" => options with { Sink = value },
                "--attachment-kb" => options with
                {
                    AttachmentKilobytes = int.Parse(value, CultureInfo.InvariantCulture),
                },
                var unknown => throw new ArgumentException(
                    $"Unknown argument {unknown} {value}: use --recipients N --connections N "
                        + "--sink smtp-sink|catcher|both --attachment-kb N --batch-size N --warm-up N --repeat N."
                ),
            };
        }
        return options;
    }
}
