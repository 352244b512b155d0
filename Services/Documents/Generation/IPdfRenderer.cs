using Hfi.Documents.Domain.Generation;

namespace Hfi.Documents.Generation;

/// <summary>
/// Renders generated notices and minutes as PDF. The one implementation (PDFsharp) is AGPL-3.0-only and opt-in
/// (Documents:PdfLicence); a deployment that cannot accept that replaces it here and nowhere else.
/// </summary>
internal interface IPdfRenderer
{
    /// <summary>False when PDF generation is off: documents are then generated as DOCX only.</summary>
    bool IsEnabled { get; }

    byte[] Render(GeneratedDocument document);
}
