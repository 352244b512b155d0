namespace Hfi.Hosting.Mail;

/// <summary>
/// A local mail catcher as an Aspire executable resource: our Python SMTP catcher (Mail/hfi_mailcatcher.py) on
/// 127.0.0.1, accepting every message and keeping it in a Maildir (one file per message under <c>new/</c>), so
/// nothing reaches a real inbox.
/// </summary>
public sealed class MailCatcherResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory),
        IResourceWithConnectionString
{
    internal const string SmtpEndpointName = "smtp";

    public string DataDirectory { get; internal set; } = workingDirectory;

    /// <summary>The Maildir; each caught message is one file in its <c>new/</c>.</summary>
    public string MaildirPath => Path.Combine(DataDirectory, "maildir");

    public EndpointReference SmtpEndpoint => new(this, SmtpEndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create(
            $"smtp://{SmtpEndpoint.Property(EndpointProperty.IPV4Host)}:{SmtpEndpoint.Property(EndpointProperty.Port)}"
        );
}
