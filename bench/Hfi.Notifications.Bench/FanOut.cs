using System.Diagnostics;
using System.Globalization;
using Grpc.Net.ClientFactory;
using Hfi.Documents.Api;
using Hfi.Hosting.Servers;
using Hfi.Notifications.Data;
using Hfi.Notifications.Domain;
using Hfi.Notifications.Extensions;
using Hfi.Notifications.Mail;
using Hfi.Notifications.Recipients;
using Hfi.ServiceDefaults.Domain;
using Hfi.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using NoticeAttachment = Hfi.Notifications.Mail.NoticeAttachment;

namespace Hfi.Notifications.Bench;

public sealed record FanOutResult(
    int Recipients,
    TimeSpan Intake,
    TimeSpan Dispatch,
    int Delivered,
    int Caught,
    double SinkCeiling,
    CpuTime Cpu
)
{
    private double PerEmail(TimeSpan cpu) => cpu.TotalMilliseconds * 1000 / Math.Max(Delivered, 1);

    private RuntimeWork R => Cpu.Runtime;

    private double WorkItemsPerEmail => R.WorkItems / (double)Math.Max(Delivered, 1);

    public double DeliveriesPerSecond => Delivered / Dispatch.TotalSeconds;
    public double Ratio => DeliveriesPerSecond / SinkCeiling;
    public bool Complete => Delivered == Recipients && Caught == Recipients;

    public string Describe(string sink) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"""
            {sink}:
              intake (notice + deliveries saved):  {Intake.TotalMilliseconds:N0} ms
              dispatch until the last delivery:    {Dispatch.TotalSeconds:N2} s
              deliveries per second:               {DeliveriesPerSecond:N0}
              sink ceiling (plain SMTP blast):     {SinkCeiling:N0} messages/s
              ratio to the sink's ceiling:         {Ratio:P0}
              delivered / caught by the sink:      {Delivered:N0} / {Caught:N0}
              CPU per e-mail (dispatcher, Postgres): {PerEmail(Cpu.Bench):N0} µs, {PerEmail(Cpu.Server):N0} µs
              allocated per e-mail (dispatcher):   {Cpu.Allocated / 1024.0 / Math.Max(Delivered, 1):N0} KB
              GCs gen0/1/2, their pauses:          {R.Gen0} / {R.Gen1} / {R.Gen2}, {R.GcPauses.TotalMilliseconds:N0} ms
              JIT (methods, time):                 {R.MethodsJitted:N0}, {R.JitTime.TotalMilliseconds:N0} ms
              thread pool (threads, work items):   {R.PoolThreads}, {WorkItemsPerEmail:N1} per e-mail
              lock contentions:                    {R.Contentions:N0}
            """
        );
}

/// <summary>One notice's e-mails through the real dispatcher into one sink, after the sink's ceiling.</summary>
public static class FanOut
{
    private static readonly Uri PublicBaseUrl = new("https://hfi.example.no/");

    public static async Task<FanOutResult> RunAsync(
        PostgresServer postgres,
        string database,
        string smtp,
        int smtpPort,
        BenchOptions options,
        Func<int, Task<int>> caught
    )
    {
        await postgres.CreateDatabaseAsync(database);
        var mail = new MailOptions
        {
            FromAddress = "ikke-svar@helsefellesskapinnlandet.no",
            SenderName = "Helsefellesskap Innlandet",
            Concurrency = options.Connections,
        };
        if (options.BatchSize is { } batchSize)
            mail.BatchSize = batchSize;
        mail.ApplyConnectionString(smtp);
        await using var services = new ServiceCollection()
            .AddDbContext<NotificationsDbContext>(db => db.UseNpgsql(postgres.GetConnectionString(database)))
            // Never called: the attachment, if any, is in the cache already (as after the first batch of a notice).
            .AddGrpcClient<DocumentsApi.DocumentsApiClient>(c => c.Address = new Uri("http://documents.invalid"))
            .Services.BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Database.MigrateAsync();
        }

        var attachments = new NoticeAttachments(
            services.GetRequiredService<GrpcClientFactory>(),
            new MemoryCache(new MemoryCacheOptions()),
            Options.Create(mail),
            NullLogger<NoticeAttachments>.Instance
        );
        var dispatcher = new EmailDispatcher(
            services.GetRequiredService<IServiceScopeFactory>(),
            new SmtpMailSender(Options.Create(mail)),
            attachments,
            Options.Create(mail),
            Options.Create(new WebOptions { PublicBaseUrl = PublicBaseUrl }),
            new WorkSignal<EmailDispatcher>(),
            TimeProvider.System,
            NullLogger<EmailDispatcher>.Instance
        );
        // A service's dispatcher polls for due e-mails from its start: its claim has run before the first notice.
        await dispatcher.DispatchBatchAsync(CancellationToken.None);

        var intake = Stopwatch.StartNew();
        var (notice, sample, attachment) = await SaveNoticeAsync(services, options, attachments);
        intake.Stop();

        var message = new MemoryStream();
        new NoticeMessage(notice, mail, PublicBaseUrl, attachment)
            .Create(sample)
            .WriteTo(FormatOptions.Default.Clone(), message);
        var before = await caught(0);
        var ceiling = await SmtpBlast.RunAsync(smtpPort, message.ToArray(), options.Recipients, options.Connections);
        before = await caught(before + options.Recipients);

        // What the bench did before (migrations, the notice's rows, the blast) is compiled at tier 1 in the
        // background a moment later; a service does that soon after its start, before any notice. So the figure
        // starts once the JIT has been idle for a while: what it compiles from here on is the send path's.
        await JitIdleAsync();
        JitMarks.DispatchStarts();
        var cpuBefore = CpuTime.Now(postgres.ProcessId);
        var dispatch = Stopwatch.StartNew();
        while (await dispatcher.DispatchBatchAsync(CancellationToken.None) > 0) { }
        dispatch.Stop();
        var cpu = CpuTime.Now(postgres.ProcessId) - cpuBefore;
        JitMarks.DispatchEnds();

        await using var check = services.CreateAsyncScope();
        var delivered = await check
            .ServiceProvider.GetRequiredService<NotificationsDbContext>()
            .Deliveries.CountAsync(d => d.Status == DeliveryStatus.Delivered);
        var received = await caught(before + options.Recipients) - before;
        return new FanOutResult(
            options.Recipients,
            intake.Elapsed,
            dispatch.Elapsed,
            delivered,
            received,
            ceiling,
            cpu
        );
    }

    private static async Task JitIdleAsync()
    {
        var waited = Stopwatch.StartNew();
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        } while (
            compiled != (compiled = System.Runtime.JitInfo.GetCompiledMethodCount()) && waited.Elapsed.TotalSeconds < 10
        );
    }

    /// <summary>The notice once its recipients are looked up: it and an e-mail delivery per recipient.</summary>
    private static async Task<(Notice Notice, Delivery Sample, NoticeAttachment? Attachment)> SaveNoticeAsync(
        ServiceProvider services,
        BenchOptions options,
        NoticeAttachments attachments
    )
    {
        var now = DateTimeOffset.UtcNow;
        var notice = new Notice
        {
            Id = Guid.NewGuid(),
            Kind = NoticeKind.MeetingNotice,
            MeetingId = Guid.NewGuid(),
            ArenaId = "partnerskapsmotet",
            Audience = Audiences.AllMembers,
            NoticeVersion = 1,
            Subject = "Innkalling: Partnerskapsmøtet, torsdag 17. oktober 2024",
            Body =
                "Du innkalles til Partnerskapsmøtet.\n\nSaksliste:\n"
                + "16:15  Sak 01.24 Godkjenning av innkalling og saksliste (2 min)\n",
            CreatedAt = now,
            OccurredAt = now,
            DocumentPath = "/api/documents/files/bench",
            AwaitsDocumentKind = options.AttachmentKilobytes > 0 ? DocumentKinds.Notice : null,
        };
        notice.RecordRecipients(options.Recipients, now);
        var deliveries = Enumerable
            .Range(1, options.Recipients)
            .Select(i => new Recipient($"m{i}", $"Medlem Ødegård {i}", $"medlem.{i}@kommune.test", i % 2 == 0))
            .Select(recipient => Delivery.Create(notice.Id, recipient, Channel.Email, now, now))
            .ToList();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        // As the service saves a looked-up notice's deliveries: one binary COPY in the notice's transaction, not
        // 10,000 tracked entities.
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Notices.Add(notice);
        NoticeAttachment? attachment = null;
        if (options.AttachmentKilobytes > 0)
        {
            var document = new PublishedDocument
            {
                DocumentId = Guid.NewGuid(),
                MeetingId = notice.MeetingId!.Value,
                Kind = DocumentKinds.Notice,
                Audience = notice.Audience,
                NoticeVersion = 1,
                DownloadPath = notice.DocumentPath,
            };
            db.PublishedDocuments.Add(document);
            var pdf = new byte[options.AttachmentKilobytes * 1024];
            new Random(17).NextBytes(pdf);
            attachment = new NoticeAttachment("Innkalling.pdf", PublishedDocument.PdfMediaType, pdf);
            attachments.Remember(notice, document, attachment);
        }
        await db.SaveChangesAsync();
        await DeliveryRows.InsertAsync(db, deliveries, CancellationToken.None);
        await transaction.CommitAsync();
        return (notice, deliveries[0], attachment);
    }
}

/// <summary>
/// No-op methods compiled when the first dispatch starts and ends: in the JIT's list of compiled methods
/// (DOTNET_JitStdOutFile with DOTNET_JitDisasmSummary=1) they mark what the first notice compiled.
/// </summary>
internal static class JitMarks
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void DispatchStarts() { }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void DispatchEnds() { }
}
