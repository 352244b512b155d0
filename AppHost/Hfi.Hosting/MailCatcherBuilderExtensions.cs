using Hfi.Hosting.ApplicationModel;

namespace Hfi.Hosting;

public static class MailCatcherBuilderExtensions
{
    /// <summary>
    /// Adds a local mail catcher (aiosmtpd writing a Maildir) on a free port; the services that reference it get
    /// <c>ConnectionStrings__&lt;name&gt;=smtp://127.0.0.1:port</c>. Throwaway unless given a data directory.
    /// </summary>
    public static IResourceBuilder<MailCatcherResource> AddMailCatcher(this IDistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new MailCatcherResource(name));

    /// <summary>Keeps the caught mail in <paramref name="path"/> (relative to the AppHost directory); messages land in its <c>maildir/new/</c>.</summary>
    public static IResourceBuilder<MailCatcherResource> WithDataDirectory(this IResourceBuilder<MailCatcherResource> builder, string path)
    {
        builder.Resource.DataDirectory = Path.GetFullPath(path, builder.ApplicationBuilder.AppHostDirectory);
        return builder;
    }
}
