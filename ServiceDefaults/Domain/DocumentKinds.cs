namespace Hfi.ServiceDefaults.Domain;

/// <summary>What a document is, as Documents stores it and its <c>DocumentPublished</c> event says.</summary>
public static class DocumentKinds
{
    public const string Attachment = "attachment";
    public const string Notice = "notice";
    public const string Minutes = "minutes";
}
