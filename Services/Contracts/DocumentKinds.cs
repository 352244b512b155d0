namespace Hfi.Contracts;

/// <summary>What a document is: the values of <see cref="DocumentPublished.Kind"/>, as Documents stores them.</summary>
public static class DocumentKinds
{
    public const string Attachment = "attachment";
    public const string Notice = "notice";
    public const string Minutes = "minutes";
}
