namespace Hfi.Documents.Domain.Files;

/// <summary>A type of file the service accepts, as read from its bytes.</summary>
public sealed record FileType(string MediaType, IReadOnlyList<string> Extensions)
{
    public static readonly FileType Pdf = new("application/pdf", [".pdf"]);
    public static readonly FileType Docx = new(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".docx"]
    );
    public static readonly FileType Xlsx = new(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".xlsx"]
    );
    public static readonly FileType Pptx = new(
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".pptx"]
    );
    public static readonly FileType Png = new("image/png", [".png"]);
    public static readonly FileType Jpeg = new("image/jpeg", [".jpg", ".jpeg"]);
    public static readonly FileType Gif = new("image/gif", [".gif"]);
    public static readonly FileType PlainText = new("text/plain; charset=utf-8", [".txt", ".csv", ".md"]);
}
