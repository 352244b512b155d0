using System.Text;

namespace Hfi.Documents.Domain.Files;

/// <summary>
/// Reads a file's type from its bytes: the client's Content-Type and file name are never trusted for it.
/// </summary>
public static class FileTypeDetector
{
    /// <summary>
    /// How many leading bytes <see cref="Sniff"/> wants to see (fewer only when the file is shorter).
    /// </summary>
    public const int HeadLength = 8 * 1024;

    private static readonly string[] ScriptExtensions =
    [
        ".sh",
        ".bash",
        ".zsh",
        ".ps1",
        ".psm1",
        ".bat",
        ".cmd",
        ".js",
        ".mjs",
        ".jse",
        ".vbs",
        ".vbe",
        ".wsf",
        ".hta",
        ".py",
        ".pl",
        ".rb",
        ".php",
        ".lnk",
        ".reg",
    ];

    private static readonly string[] MarkupStarts = ["<!doctype html", "<html", "<script", "<svg", "<?xml"];

    /// <param name="head">The first <see cref="HeadLength"/> bytes, or the whole file when it is shorter.</param>
    /// <param name="isWholeFile">true when <paramref name="head"/> is the whole file.</param>
    /// <param name="fileName">The sanitised name: only used to refuse scripts that are plain text.</param>
    public static FileTypeVerdict Sniff(ReadOnlySpan<byte> head, bool isWholeFile, string fileName)
    {
        if (head.StartsWith("%PDF-"u8))
            return FileTypeVerdict.Accept(FileType.Pdf);
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            return FileTypeVerdict.Accept(FileType.Png);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
            return FileTypeVerdict.Accept(FileType.Jpeg);
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
            return FileTypeVerdict.Accept(FileType.Gif);
        if (head.StartsWith("PK\x03\x04"u8))
            return FileTypeVerdict.ZipPackage;
        if (head.StartsWith("PK\x05\x06"u8))
            return FileTypeVerdict.Refuse("an empty ZIP archive");

        if (Binary(head) is { } binary)
            return FileTypeVerdict.Refuse(binary);
        if (!IsText(head, isWholeFile))
            return FileTypeVerdict.Refuse("an unrecognised binary file");

        var text = Encoding
            .UTF8.GetString(head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head)
            .TrimStart();
        if (text.StartsWith("#!", StringComparison.Ordinal))
            return FileTypeVerdict.Refuse("a script (#!)");
        if (MarkupStarts.FirstOrDefault(m => text.StartsWith(m, StringComparison.OrdinalIgnoreCase)) is { } markup)
            return FileTypeVerdict.Refuse($"HTML/XML markup ({markup}…), which can carry scripts");
        var extension = Path.GetExtension(fileName);
        if (ScriptExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            return FileTypeVerdict.Refuse($"a script ({extension.ToLowerInvariant()})");

        return FileTypeVerdict.Accept(FileType.PlainText);
    }

    /// <summary>
    /// Decides what a ZIP is from its entry names: only Office Open XML documents without macros are accepted.
    /// </summary>
    public static FileTypeVerdict ClassifyZip(IReadOnlyCollection<string> entryNames)
    {
        if (!entryNames.Contains("[Content_Types].xml"))
            return FileTypeVerdict.Refuse("a ZIP archive");
        if (entryNames.Any(n => n.EndsWith("/vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            return FileTypeVerdict.Refuse("a macro-enabled Office document");

        bool Has(string folder) => entryNames.Any(n => n.StartsWith(folder, StringComparison.Ordinal));
        if (Has("word/"))
            return FileTypeVerdict.Accept(FileType.Docx);
        if (Has("xl/"))
            return FileTypeVerdict.Accept(FileType.Xlsx);
        if (Has("ppt/"))
            return FileTypeVerdict.Accept(FileType.Pptx);
        return FileTypeVerdict.Refuse("a ZIP package that is not a Word, Excel or PowerPoint document");
    }

    private static string? Binary(ReadOnlySpan<byte> head) =>
        head switch
        {
            [(byte)'M', (byte)'Z', ..] => "a Windows executable (EXE/DLL)",
            [0x7F, (byte)'E', (byte)'L', (byte)'F', ..] => "a Linux executable (ELF)",
            [0xCA, 0xFE, 0xBA, 0xBE, ..] => "an executable (Mach-O or Java class)",
            [0xFE, 0xED, 0xFA, 0xCE or 0xCF, ..] or [0xCE or 0xCF, 0xFA, 0xED, 0xFE, ..] =>
                "a macOS executable (Mach-O)",
            [0x1F, 0x8B, ..] => "a gzip archive",
            [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, ..] => "a 7-Zip archive",
            [(byte)'R', (byte)'a', (byte)'r', (byte)'!', ..] => "a RAR archive",
            [(byte)'B', (byte)'Z', (byte)'h', ..] => "a bzip2 archive",
            [0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00, ..] => "an xz archive",
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ..] =>
                "a legacy Office document (DOC/XLS/PPT), which can carry macros",
            _ when head.Length > 262 && head[257..262].SequenceEqual("ustar"u8) => "a tar archive",
            _ => null,
        };

    private static bool IsText(ReadOnlySpan<byte> head, bool isWholeFile)
    {
        if (head.IsEmpty)
            return false;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
                return false;
            if (b == 0x7F)
                return false;
        }

        // The head may end inside a multi-byte character; only the whole file must be complete UTF-8.
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        try
        {
            Span<char> chars = new char[head.Length];
            decoder.Convert(head, chars, flush: isWholeFile, out _, out _, out _);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
