namespace Hfi.Documents.Domain.Files;

/// <summary>The file is larger than the configured limit (413).</summary>
public sealed class FileTooLargeException(long limitBytes)
    : Exception($"The file is larger than the limit of {limitBytes} bytes ({limitBytes / (1024 * 1024)} MB).");
