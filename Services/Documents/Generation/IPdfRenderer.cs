using Hfi.Documents.Domain.Generation;

namespace Hfi.Documents.Generation;

/// <summary>
/// Renders generated notices and minutes as PDF; every notice and minutes is generated as DOCX and PDF.
/// </summary>
internal interface IPdfRenderer
{
    byte[] Render(GeneratedDocument document);
}
