namespace Hfi.Documents.Domain;

/// <summary>What a stored document is; the values are those of <see cref="Hfi.Contracts.DocumentPublished.Kind"/>.</summary>
public static class DocumentKinds
{
    public const string Attachment = "attachment";
    public const string Notice = "notice";
    public const string Minutes = "minutes";
}
