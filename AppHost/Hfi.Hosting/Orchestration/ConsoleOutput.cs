namespace Hfi.Hosting.Orchestration;

/// <summary>
/// The AppHost's console: every line prefixed with the name of the resource that wrote it,
/// one colour per resource when stdout is a terminal (and NO_COLOR is not set).
/// </summary>
internal sealed class ConsoleOutput
{
    public const string AppHostSource = "apphost";
    private const string Reset = "\u001b[0m";
    private static readonly string[] Palette =
        ["\u001b[36m", "\u001b[33m", "\u001b[35m", "\u001b[32m", "\u001b[34m", "\u001b[96m", "\u001b[93m", "\u001b[95m", "\u001b[92m", "\u001b[94m"];

    private readonly bool _useColour = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
    private readonly Dictionary<string, string> _colours = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void WriteLine(string source, string line)
    {
        lock (_lock)
        {
            if (_useColour)
            {
                Console.Out.WriteLine($"{ColourOf(source)}[{source}]{Reset} {line}");
            }
            else
            {
                Console.Out.WriteLine($"[{source}] {line}");
            }
        }
    }

    private string ColourOf(string source)
    {
        if (source == AppHostSource)
        {
            return "\u001b[1m";
        }

        if (!_colours.TryGetValue(source, out var colour))
        {
            colour = Palette[_colours.Count % Palette.Length];
            _colours[source] = colour;
        }

        return colour;
    }
}
