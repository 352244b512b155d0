using Hfi.Hosting.ApplicationModel;
using Hfi.ServiceDefaults;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Hfi.AppHost;

/// <summary>
/// The Hfi system as resources: Postgres with one database per service, RabbitMQ, a mail catcher, the four services and the gateway.
/// Project paths are relative to the solution folder (the builder's AppHost directory); data lives in its <c>.hfi/</c>.
/// </summary>
public static class HfiSystem
{
    private const string HttpEndpoint = "http";
    private const string GrpcEndpoint = "grpc";

    public static IDistributedApplicationBuilder AddHfiSystem(this IDistributedApplicationBuilder builder)
    {
        var signingKey = DevelopmentSigningKey.LoadOrCreate(Path.Combine(builder.DataDirectory, "jwt-signing-key"));

        var postgres = builder.AddPostgres(ResourceNames.Postgres)
            .WithDataDirectory(Path.Combine(builder.DataDirectory, "postgres"));
        var planningDatabase = postgres.AddDatabase(ResourceNames.PlanningDatabase);
        var meetingsDatabase = postgres.AddDatabase(ResourceNames.MeetingsDatabase);
        var documentsDatabase = postgres.AddDatabase(ResourceNames.DocumentsDatabase);
        var notificationsDatabase = postgres.AddDatabase(ResourceNames.NotificationsDatabase);

        var rabbitMq = builder.AddRabbitMQ(ResourceNames.RabbitMq)
            .WithDataDirectory(Path.Combine(builder.DataDirectory, "rabbitmq"))
            .WithManagementPlugin();

        var mail = builder.AddMailCatcher(ResourceNames.Mail)
            .WithDataDirectory(Path.Combine(builder.DataDirectory, "mail"));

        var planning = builder.AddService(ResourceNames.Planning, "Services/Planning/Hfi.Planning.csproj", signingKey)
            .WithReference(planningDatabase).WaitFor(planningDatabase)
            .WithReference(rabbitMq).WaitFor(rabbitMq);

        var meetings = builder.AddService(ResourceNames.Meetings, "Services/Meetings/Hfi.Meetings.csproj", signingKey)
            .WithReference(meetingsDatabase).WaitFor(meetingsDatabase)
            .WithReference(rabbitMq).WaitFor(rabbitMq)
            .WithReference(planning).WaitFor(planning);

        var documents = builder.AddService(ResourceNames.Documents, "Services/Documents/Hfi.Documents.csproj", signingKey)
            .WithReference(documentsDatabase).WaitFor(documentsDatabase)
            .WithReference(rabbitMq).WaitFor(rabbitMq)
            .WithReference(meetings).WaitFor(meetings)
            // Local runs produce PDFs; production must accept the AGPL or swap the renderer (README, "PDF").
            .WithEnvironment("Documents__PdfLicence", "AGPL-3.0-only");
        // Meetings has Documents render notice and minutes previews. Documents already depends on Meetings, so
        // Meetings gets its address alone (service discovery's variable), not a reference that would make a cycle.
        meetings.WithEnvironment($"services__{ResourceNames.Documents}__{HttpEndpoint}__0", documents.GetEndpoint(HttpEndpoint));

        var notifications = builder.AddService(ResourceNames.Notifications, "Services/Notifications/Hfi.Notifications.csproj", signingKey)
            .WithReference(notificationsDatabase).WaitFor(notificationsDatabase)
            .WithReference(rabbitMq).WaitFor(rabbitMq)
            .WithReference(mail).WaitFor(mail)
            .WithReference(planning).WaitFor(planning)
            .WithReference(meetings).WaitFor(meetings)
            .WithReference(documents).WaitFor(documents);

        var gateway = builder.AddProject(ResourceNames.Gateway, "Gateway/Hfi.Gateway.csproj")
            .WithEndpoint(HttpEndpoint, HttpProtocols.Http1AndHttp2)
            .WithEndpoint(GrpcEndpoint, HttpProtocols.Http2)
            .WithExternalHttpEndpoints()
            .WithDevelopmentIdentity(signingKey)
            .WithReference(planning).WaitFor(planning)
            .WithReference(meetings).WaitFor(meetings)
            .WithReference(documents).WaitFor(documents)
            .WithReference(notifications).WaitFor(notifications);

        // Links in e-mails (the notice, "Meld forfall") point members to the web UI the gateway serves.
        notifications.WithEnvironment("Web__PublicBaseUrl", gateway.GetEndpoint(HttpEndpoint));

        return builder;
    }

    /// <summary>A service: one cleartext HTTP/2 endpoint (gRPC and, through the gateway, REST) and the shared token settings.</summary>
    private static IResourceBuilder<ProjectResource> AddService(
        this IDistributedApplicationBuilder builder, string name, string projectPath, string signingKey) =>
        builder.AddProject(name, projectPath)
            .WithEndpoint(HttpEndpoint, HttpProtocols.Http2)
            .WithDevelopmentIdentity(signingKey);

    /// <summary>Every project validates (and the dev tools sign) tokens with the same development key.</summary>
    private static IResourceBuilder<ProjectResource> WithDevelopmentIdentity(this IResourceBuilder<ProjectResource> project, string signingKey) =>
        project
            .WithEnvironment("Identity__SigningKey", signingKey)
            .WithEnvironment("Identity__Issuer", "hfi-dev")
            .WithEnvironment("Identity__Audience", "hfi");
}
