using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Hfi.Documents.Generation;

/// <summary>
/// PdfSharp finds no system fonts on Linux: every family resolves to DejaVu Sans from the configured folder
/// (Debian's fonts-dejavu-core), which covers Norwegian and Sami letters.
/// </summary>
internal sealed class DejaVuFontResolver(string directory) : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private readonly ConcurrentDictionary<string, byte[]> _faces = new();

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        (bold, italic) switch
        {
            (true, true) => new FontResolverInfo("DejaVuSans-Bold", mustSimulateBold: false, mustSimulateItalic: true),
            (true, false) => new FontResolverInfo("DejaVuSans-Bold"),
            (false, true) => new FontResolverInfo("DejaVuSans-Oblique"),
            _ => new FontResolverInfo("DejaVuSans"),
        };

    public byte[] GetFont(string faceName) =>
        _faces.GetOrAdd(faceName, face => File.ReadAllBytes(Path.Combine(directory, face + ".ttf")));

    private static readonly Lock Gate = new();

    /// <summary>PdfSharp's resolver is process-wide and fixed once fonts were used: set it once.</summary>
    public static void Install(string directory)
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new DejaVuFontResolver(directory);
        }
    }
}
