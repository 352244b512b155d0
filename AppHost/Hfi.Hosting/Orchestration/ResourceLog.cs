using System.Text.RegularExpressions;

namespace Hfi.Hosting.Orchestration;

/// <summary>The last console lines of a resource, without terminal colour codes.</summary>
internal sealed partial class ResourceLog
{
    private const int Capacity = 500;
    private readonly Queue<string> _lines = new();

    public void Add(string line)
    {
        var plain = TerminalEscapes().Replace(line, string.Empty);
        lock (_lines)
        {
            _lines.Enqueue(plain);
            if (_lines.Count > Capacity)
            {
                _lines.Dequeue();
            }
        }
    }

    public IReadOnlyList<string> Lines()
    {
        lock (_lines)
        {
            return [.. _lines];
        }
    }

    [GeneratedRegex(@"\x1B\[[0-9;]*[A-Za-z]")]
    private static partial Regex TerminalEscapes();
}
