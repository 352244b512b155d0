namespace Hfi.Notifications.Domain;

/// <summary>The values of <see cref="Hfi.Contracts.DocumentPublished.Kind"/>.</summary>
public static class DocumentKinds
{
    public const string Attachment = "attachment";
    public const string Notice = "notice";
    public const string Minutes = "minutes";
}
