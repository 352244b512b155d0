namespace Hfi.Documents.Domain.Files;

/// <summary>A type of file the service accepts, as read from its bytes.</summary>
public sealed record FileType(string MediaType, string Description, IReadOnlyList<string> Extensions)
{
    public static readonly FileType Pdf = new("application/pdf", "PDF", [".pdf"]);
    public static readonly FileType Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document (DOCX)", [".docx"]);
    public static readonly FileType Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook (XLSX)", [".xlsx"]);
    public static readonly FileType Pptx = new("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint presentation (PPTX)", [".pptx"]);
    public static readonly FileType Png = new("image/png", "PNG image", [".png"]);
    public static readonly FileType Jpeg = new("image/jpeg", "JPEG image", [".jpg", ".jpeg"]);
    public static readonly FileType Gif = new("image/gif", "GIF image", [".gif"]);
    public static readonly FileType PlainText = new("text/plain; charset=utf-8", "plain UTF-8 text", [".txt", ".csv", ".md"]);
}
