namespace Hfi.Documents.Domain.Files;

/// <summary>The bytes are of a type the service does not keep (415), naming what was found.</summary>
public sealed class UnsupportedFileTypeException(string detected)
    : Exception(
        $"The file is {detected}; accepted are PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), PNG, JPEG, GIF and plain UTF-8 text."
    );
