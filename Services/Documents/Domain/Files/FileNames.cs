using System.Text;

namespace Hfi.Documents.Domain.Files;

/// <summary>
/// Turns a client's file name into one that is safe to store, show and send back in Content-Disposition.
/// </summary>
public static class FileNames
{
    public const string Fallback = "vedlegg";
    private const int MaxLength = 200;

    private static readonly HashSet<string> ReservedOnWindows = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON",
        "PRN",
        "AUX",
        "NUL",
        "COM1",
        "COM2",
        "COM3",
        "COM4",
        "COM5",
        "COM6",
        "COM7",
        "COM8",
        "COM9",
        "LPT1",
        "LPT2",
        "LPT3",
        "LPT4",
        "LPT5",
        "LPT6",
        "LPT7",
        "LPT8",
        "LPT9",
    };

    /// <summary>
    /// Keeps only the last path segment (so "../../etc/passwd" is "passwd"), drops control characters,
    /// replaces characters Windows refuses, trims leading dots and trailing dots and spaces, and shortens
    /// it keeping the extension.
    /// </summary>
    public static string Sanitise(string? clientName)
    {
        if (string.IsNullOrWhiteSpace(clientName))
            return Fallback;

        var name = clientName.Normalize(NormalizationForm.FormC);
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];

        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (
                char.IsControl(c)
                || c
                    is '\u2028'
                        or '\u2029'
                        or '\u200E'
                        or '\u200F'
                        or '\u202A'
                        or '\u202B'
                        or '\u202C'
                        or '\u202D'
                        or '\u202E'
            )
            {
                continue;
            }

            builder.Append(c is '<' or '>' or ':' or '"' or '|' or '?' or '*' ? '_' : c);
        }

        name = builder.ToString().TrimStart('.', ' ').TrimEnd('.', ' ');
        if (name.Length == 0)
            return Fallback;

        var stem = Path.GetFileNameWithoutExtension(name);
        if (ReservedOnWindows.Contains(stem))
            name = "_" + name;

        return Shorten(name);
    }

    /// <summary>
    /// The name with an extension that matches the type read from the bytes ("rapport.exe" holding a PDF is
    /// "rapport.exe.pdf").
    /// </summary>
    public static string WithExtensionOf(string safeName, FileType type)
    {
        var extension = Path.GetExtension(safeName);
        return type.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase)
            ? safeName
            : Shorten(safeName + type.Extensions[0]);
    }

    private static string Shorten(string name)
    {
        if (name.Length <= MaxLength)
            return name;
        var extension = Path.GetExtension(name);
        if (extension.Length > 16)
            extension = string.Empty;
        return name[..(MaxLength - extension.Length)].TrimEnd('.', ' ') + extension;
    }
}
