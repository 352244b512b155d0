// Dispatches one notice to N recipients (default 10,000) through the real EmailDispatcher, a real Postgres and a
// real SMTP sink, and prints deliveries per second and the time until the last delivery is recorded.
// Usage: dotnet run -c Release --project bench/Hfi.Notifications.Bench [-- recipients [connections]]
using System.Diagnostics;
using System.Globalization;
using Grpc.Net.ClientFactory;
using Hfi.Contracts;
using Hfi.Documents.Api;
using Hfi.Hosting.Servers;
using Hfi.Notifications.Data;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Extensions;
using Hfi.Notifications.Mail;
using Hfi.ServiceDefaults.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

var recipients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var connections = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 4;
var root = Path.Combine(Path.GetTempPath(), "hfi-notifications-bench", Guid.NewGuid().ToString("N")[..12]);

await using var postgres = await PostgresServer.StartAsync(new PostgresServerOptions(Path.Combine(root, "postgres"), Throwaway: true));
await using var smtp = await SmtpSinkServer.StartAsync(new SmtpSinkServerOptions(Path.Combine(root, "smtp"), Throwaway: true));
await postgres.CreateDatabaseAsync("notificationsdb");

var mail = new MailOptions
{
    FromAddress = "ikke-svar@helsefellesskapinnlandet.no",
    SenderName = "Helsefellesskap Innlandet",
    Concurrency = connections,
    BatchSize = 500,
};
mail.ApplyConnectionString(smtp.ConnectionString);
var services = new ServiceCollection()
    .AddDbContext<NotificationsDbContext>(options => options.UseNpgsql(postgres.GetConnectionString("notificationsdb")))
    // Never called: the notice below links its PDF (no published document to attach).
    .AddGrpcClient<DocumentsApi.DocumentsApiClient>(options => options.Address = new Uri("http://documents.invalid")).Services
    .BuildServiceProvider();
await using (var scope = services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Database.MigrateAsync();
}

// What the notice comes to once its recipients are looked up: the notice and one e-mail delivery per recipient.
var intake = Stopwatch.StartNew();
var eventId = Guid.NewGuid();
var now = DateTimeOffset.UtcNow;
await using (var scope = services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
    var notice = new Notice
    {
        Id = eventId, Kind = NoticeKind.MeetingNotice, MeetingId = Guid.NewGuid(), ArenaId = "partnerskapsmotet",
        Audience = Audiences.AllMembers, NoticeVersion = 1, Subject = "Innkalling: Partnerskapsmøtet, torsdag 17. oktober 2024",
        Body = "Du innkalles til Partnerskapsmøtet.\n\nSaksliste:\n16:15  Sak 01.24 Godkjenning av innkalling og saksliste (2 min)\n",
        CreatedAt = now, OccurredAt = now, DocumentPath = "/api/documents/files/bench",
    };
    notice.RecordRecipients(recipients, now);
    db.Notices.Add(notice);
    db.Deliveries.AddRange(Enumerable.Range(1, recipients).Select(i =>
        Delivery.Create(eventId, new Recipient($"m{i}", $"Medlem {i}", $"medlem.{i}@kommune.test", i % 2 == 0), Channel.Email, now, now)));
    await db.SaveChangesAsync();
}
intake.Stop();

var dispatcher = new EmailDispatcher(
    services.GetRequiredService<IServiceScopeFactory>(), new SmtpMailSender(Options.Create(mail)),
    new NoticeAttachments(services.GetRequiredService<GrpcClientFactory>(), new MemoryCache(new MemoryCacheOptions()), Options.Create(mail),
        NullLogger<NoticeAttachments>.Instance),
    Options.Create(mail),
    Options.Create(new WebOptions { PublicBaseUrl = new Uri("https://hfi.example.no/") }), TimeProvider.System,
    NullLogger<EmailDispatcher>.Instance);
var dispatch = Stopwatch.StartNew();
while (await dispatcher.DispatchBatchAsync(CancellationToken.None) > 0)
{
}
dispatch.Stop();

await using (var scope = services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
    var delivered = await db.Deliveries.CountAsync(d => d.Status == DeliveryStatus.Delivered);
    var lastRecorded = await db.Deliveries.MaxAsync(d => d.DeliveredAt);
    var caught = Directory.GetFiles(Path.Combine(smtp.MaildirPath, "new")).Length;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
        Notice to {recipients:N0} recipients over {connections} SMTP connection(s), {Environment.ProcessorCount} CPU(s)
          intake (notice + deliveries saved):  {intake.Elapsed.TotalMilliseconds:N0} ms
          dispatch until the last delivery:    {dispatch.Elapsed.TotalSeconds:N2} s (last recorded {(lastRecorded - now)?.TotalSeconds:N2} s after intake)
          deliveries per second:               {delivered / dispatch.Elapsed.TotalSeconds:N0}
          delivered / caught by the sink:      {delivered:N0} / {caught:N0}
        """));
    return delivered == recipients && caught == recipients ? 0 : 1;
}
