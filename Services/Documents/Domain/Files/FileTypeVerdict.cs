namespace Hfi.Documents.Domain.Files;

/// <summary>
/// What the first bytes of an upload say: accepted as a type, refused naming what was found, or a ZIP whose
/// entries decide whether it is an Office document (checked once the whole file is stored).
/// </summary>
public sealed record FileTypeVerdict
{
    public FileType? Accepted { get; private init; }
    public string? RefusedAs { get; private init; }
    public bool IsZipPackage { get; private init; }

    public static FileTypeVerdict Accept(FileType type) => new() { Accepted = type };

    public static FileTypeVerdict Refuse(string detected) => new() { RefusedAs = detected };

    public static readonly FileTypeVerdict ZipPackage = new() { IsZipPackage = true };
}
