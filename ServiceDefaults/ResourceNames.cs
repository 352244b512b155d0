namespace Hfi.ServiceDefaults;

/// <summary>
/// Names of the system's resources, shared by the AppHost, the services' configuration and the tests.
/// </summary>
public static class ResourceNames
{
    public const string Postgres = "postgres";
    public const string RabbitMq = "rabbitmq";
    public const string Mail = "mail";

    public const string PlanningDatabase = "planningdb";
    public const string MeetingsDatabase = "meetingsdb";
    public const string DocumentsDatabase = "documentsdb";
    public const string NotificationsDatabase = "notificationsdb";

    public const string Planning = "planning";
    public const string Meetings = "meetings";
    public const string Documents = "documents";
    public const string Notifications = "notifications";
    public const string Gateway = "gateway";
}
