using System.ComponentModel.DataAnnotations;

namespace Hfi.Documents.Extensions;

/// <summary>
/// Limits and resources of the Documents service, bound from the "Documents" section and checked at start.
/// </summary>
public sealed class DocumentsOptions : IValidatableObject
{
    public const string SectionName = "Documents";
    public static readonly string[] RequiredFonts = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"];

    /// <summary>The largest file an upload may carry; larger ones are answered 413.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Size of the parts the Postgres store keeps a file in.</summary>
    [Range(64 * 1024, 16 * 1024 * 1024)]
    public int ChunkBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// How old stored bytes that no document version refers to must be before they are deleted (and how often that
    /// is checked). Such bytes are left when saving a document fails after its file was stored.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan OrphanGracePeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Where the TrueType fonts for generated PDFs are (Debian: the fonts-dejavu-core package).</summary>
    [Required]
    public string FontDirectory { get; set; } = "/usr/share/fonts/truetype/dejavu";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var missing = RequiredFonts.Where(font => !File.Exists(Path.Combine(FontDirectory, font))).ToList();
        if (missing.Count > 0)
        {
            yield return new ValidationResult(
                $"Documents:FontDirectory '{FontDirectory}' lacks {string.Join(", ", missing)}: install fonts-dejavu-core or point it elsewhere.",
                [nameof(FontDirectory)]
            );
        }
    }
}
