namespace Hfi.Hosting;

/// <summary>The <see cref="ResourceSnapshot.Type"/> values.</summary>
public static class ResourceTypes
{
    public const string Project = "Project";
    public const string Postgres = "PostgreSQL";
    public const string RabbitMQ = "RabbitMQ";
    public const string MailCatcher = "MailCatcher";
}
