using System.Globalization;

namespace Hfi.Hosting.ApplicationModel;

/// <summary>
/// A local mail catcher: an SMTP server on 127.0.0.1 that accepts every message and keeps it in a Maildir,
/// so what the system sends can be read and nothing reaches a real inbox.
/// </summary>
public sealed class MailCatcherResource(string name) : IResourceWithConnectionString
{
    public string Name { get; } = name;

    /// <summary>Where the caught mail is kept between runs; null catches into a throwaway temporary folder.</summary>
    public string? DataDirectory { get; internal set; }

    public AllocatedPort SmtpPort { get; } = new();

    public string GetConnectionString() => string.Create(CultureInfo.InvariantCulture, $"smtp://127.0.0.1:{SmtpPort.Value}");
}
